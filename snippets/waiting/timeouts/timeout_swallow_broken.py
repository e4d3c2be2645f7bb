import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def work():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log("work: cancelled, ignoring it")  # (1)!
    return "partial"


async def main():
    try:
        async with asyncio.timeout(0.5) as cm:
            result = await work()
            log(f"main: got {result!r}")
            await asyncio.sleep(0.5)  # (2)!
        log(f"main: after the block, expired={cm.expired()}")  # (3)!
    except TimeoutError:
        log("main: TimeoutError")


asyncio.run(main())
