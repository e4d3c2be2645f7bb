import asyncio
import time

start = time.perf_counter()
running = 0


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def job(sem, n, duration):
    global running
    async with sem:  # (1)!
        running += 1
        log(f"job {n} starts (running: {running})")
        await asyncio.sleep(duration)
        running -= 1
        log(f"job {n} done   (running: {running})")


async def main():
    sem = asyncio.Semaphore(3)  # (2)!
    durations = [1.0, 0.6, 1.4, 0.7, 0.8, 0.4]
    await asyncio.gather(*(job(sem, n, d) for n, d in enumerate(durations, 1)))
    log("all done")


asyncio.run(main())
