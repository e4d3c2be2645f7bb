import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def work():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log("work: cancelled, cleaning up")
        raise  # (1)!
    return "complete"


async def main():
    try:
        async with asyncio.timeout(0.5) as cm:
            result = await work()
            log(f"main: got {result!r}")
    except TimeoutError:
        log(f"main: TimeoutError, expired={cm.expired()}")


asyncio.run(main())
