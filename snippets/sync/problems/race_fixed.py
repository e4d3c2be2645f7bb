import asyncio
import time

start = time.perf_counter()
counter = 0


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def increment(n, lock):
    global counter
    async with lock:  # (1)!
        value = counter
        log(f"task {n} read {value}")
        await asyncio.sleep(0.1)
        counter = value + 1
        log(f"task {n} wrote {counter}")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(increment(n, lock) for n in (1, 2, 3)))
    log(f"counter = {counter}, expected 3")  # (2)!


asyncio.run(main())
