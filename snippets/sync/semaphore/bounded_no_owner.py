import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def worker(sem):
    try:
        async with sem:
            log("worker: inside")
            await asyncio.sleep(0.5)
    except ValueError as e:
        log(f"worker: ValueError: {e}")  # (1)!


async def main():
    sem = asyncio.BoundedSemaphore(2)
    task = asyncio.create_task(worker(sem))
    await asyncio.sleep(0.1)
    sem.release()  # (2)!
    log("main: release() without acquire(): no error")
    await task


asyncio.run(main())
