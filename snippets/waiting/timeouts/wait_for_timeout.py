import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def download():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log("download: cancelled, cleaning up")  # (1)!
        await asyncio.sleep(0.2)
        log("download: cleanup done")
        raise


async def main():
    try:
        await asyncio.wait_for(download(), timeout=0.5)
    except TimeoutError:
        log("main: TimeoutError")  # (2)!


asyncio.run(main())
