import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def holder(sem):
    async with sem:
        await asyncio.sleep(1.0)


async def main():
    sem = asyncio.Semaphore(1)
    task = asyncio.create_task(holder(sem))
    await asyncio.sleep(0)
    try:
        async with asyncio.timeout(0.3):  # (1)!
            await sem.acquire()
    except TimeoutError:
        log(f"gave up waiting, locked={sem.locked()}")
    else:
        sem.release()
    await task
    log(f"holder done, locked={sem.locked()}")  # (2)!


asyncio.run(main())
