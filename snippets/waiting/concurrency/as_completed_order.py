import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    aws = [fetch("slow", 0.9), fetch("fast", 0.1), fetch("medium", 0.5)]
    for next_done in asyncio.as_completed(aws):  # (1)!
        result = await next_done  # (2)!
        log(f"got {result}")


asyncio.run(main())
