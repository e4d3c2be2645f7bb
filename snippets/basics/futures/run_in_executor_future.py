import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


def checksum(data):
    time.sleep(1)
    return sum(data) % 256


async def main():
    loop = asyncio.get_running_loop()
    future = loop.run_in_executor(None, checksum, b"hello")  # (1)!
    log(f"{type(future).__name__}, isfuture={asyncio.isfuture(future)}, done={future.done()}")
    log(f"checksum: {await future}")  # (2)!


asyncio.run(main())
