import asyncio
import time

start = time.perf_counter()
DURATIONS = [0.6, 0.2, 0.4, 0.5, 0.4, 0.6, 0.2, 0.2]


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def process(n, sem):
    async with sem:  # (1)!
        log(f"start {n}")
        await asyncio.sleep(DURATIONS[n])  # (2)!
        log(f"done  {n}")
        return n * n


async def main():
    sem = asyncio.Semaphore(3)  # (3)!
    results = await asyncio.gather(*(process(n, sem) for n in range(8)))  # (4)!
    log(f"results: {results}")


asyncio.run(main())
