import asyncio
import time

start = time.perf_counter()
DURATIONS = {1: 0.4, 2: 0.5, 3: 0.3, 4: 0.3}


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def job(sem, n):
    async with sem:  # (1)!
        log(f"job {n} starts")
        await asyncio.sleep(DURATIONS[n])
        if n in (2, 3):
            log(f"job {n} fails")
            raise ValueError(f"job {n} failed")
        log(f"job {n} done")


async def main():
    sem = asyncio.Semaphore(2)
    async with asyncio.timeout(2):
        await asyncio.gather(*(job(sem, n) for n in DURATIONS), return_exceptions=True)
    log(f"all finished, locked={sem.locked()}")


asyncio.run(main())
