import asyncio
import time

start = time.perf_counter()
running = 0


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def job(sem, n):
    global running
    async with sem:
        running += 1
        log(f"job {n} starts (running: {running})")
        await asyncio.sleep(0.2 * n)
        running -= 1


async def main():
    sem = asyncio.Semaphore(1)
    result = sem.release()  # (1)!
    sem.release()
    log(f"two extra release() calls: no error, release() returned {result!r}")
    await asyncio.gather(*(job(sem, n) for n in range(1, 5)))  # (2)!


asyncio.run(main())
