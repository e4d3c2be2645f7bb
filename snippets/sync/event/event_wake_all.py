import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def waiter(n, event):
    log(f"waiter {n} waits")
    result = await event.wait()
    log(f"waiter {n} woke up, wait() returned {result}")


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, event)) for n in (1, 2, 3)]
    await asyncio.sleep(0.5)
    log("main calls set()")
    event.set()  # (1)!
    await asyncio.gather(*tasks)
    await waiter(4, event)  # (2)!


asyncio.run(main())
