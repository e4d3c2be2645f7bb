import asyncio
import time

import aiofiles.os

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


def slow_disk_call():
    time.sleep(1.0)  # (1)!
    log("thread: blocking call finished")


async def main():
    try:
        async with asyncio.timeout(0.2):
            await aiofiles.os.wrap(slow_disk_call)()
    except TimeoutError:
        log("main: TimeoutError, the await gave up")  # (2)!


asyncio.run(main())
log("asyncio.run returned")  # (3)!
