import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def download():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log("download: cancelled")  # (1)!
        raise


async def fetch():
    return await asyncio.wait_for(download(), timeout=5)


async def main():
    task = asyncio.create_task(fetch())
    await asyncio.sleep(0.3)
    task.cancel()  # (2)!
    try:
        await task
    except asyncio.CancelledError:
        log("fetch: cancelled, not TimeoutError")  # (3)!


asyncio.run(main())
