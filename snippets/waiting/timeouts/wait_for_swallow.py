import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log("stubborn: cancelled, but carries on")  # (1)!
    await asyncio.sleep(0.3)
    return "partial result"


async def main():
    try:
        result = await asyncio.wait_for(stubborn(), timeout=0.5)
        log(f"main: wait_for returned {result!r}")  # (2)!
    except TimeoutError:
        log("main: TimeoutError")


asyncio.run(main())
