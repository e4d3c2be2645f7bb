import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def fetch(delay):
    await asyncio.sleep(delay)
    return f"slept {delay}s"


async def main():
    log(await asyncio.wait_for(fetch(0.3), timeout=1))  # (1)!
    log(await asyncio.wait_for(fetch(2), timeout=None))  # (2)!


asyncio.run(main())
