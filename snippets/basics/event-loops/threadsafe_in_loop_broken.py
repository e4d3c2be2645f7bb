import asyncio
import time

start = time.monotonic()


async def add(a, b):
    return a + b


async def main():
    loop = asyncio.get_running_loop()
    future = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    try:
        future.result(timeout=0.5)  # (1)!
    except TimeoutError:
        print(f"TimeoutError after {time.monotonic() - start:.1f} s")
    future.cancel()


asyncio.run(main())
