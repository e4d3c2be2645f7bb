import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def other(lock):
    log("other: runs")
    async with lock:
        log("other: holds the lock for 0.5 s")
        await asyncio.sleep(0.5)
    log("other: released")


async def main():
    lock = asyncio.Lock()
    task = asyncio.create_task(other(lock))  # (1)!
    async with lock:  # (2)!
        log("main: entered at once, other has not run yet")
    await asyncio.sleep(0.1)  # (3)!
    log("main: waiting for the lock")
    async with lock:  # (4)!
        log("main: entered after the wait")
    await task


asyncio.run(main())
