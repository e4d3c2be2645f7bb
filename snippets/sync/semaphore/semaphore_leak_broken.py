import asyncio
import time

start = time.perf_counter()
DURATIONS = {1: 0.4, 2: 0.5, 3: 0.3, 4: 0.3}


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def job(sem, n):
    await sem.acquire()
    log(f"job {n} starts")
    await asyncio.sleep(DURATIONS[n])
    if n in (2, 3):
        log(f"job {n} fails")
        raise ValueError(f"job {n} failed")  # (1)!
    sem.release()
    log(f"job {n} done")


async def main():
    sem = asyncio.Semaphore(2)
    try:
        async with asyncio.timeout(2):
            await asyncio.gather(*(job(sem, n) for n in DURATIONS), return_exceptions=True)
    except TimeoutError:
        log(f"timed out: job 4 never started, locked={sem.locked()}")  # (2)!


asyncio.run(main())
