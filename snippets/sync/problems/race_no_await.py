import asyncio
import time

start = time.perf_counter()
counter = 0


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def increment(n):
    global counter
    await asyncio.sleep(0.1)  # (1)!
    value = counter
    log(f"task {n} read {value}")
    counter = value + 1  # (2)!
    log(f"task {n} wrote {counter}")


async def main():
    await asyncio.gather(increment(1), increment(2), increment(3))
    log(f"counter = {counter}, expected 3")


asyncio.run(main())
