import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def call_api(limiter, n):
    async with limiter:
        log(f"call {n}")
        await asyncio.sleep(0)  # the API answers at once


async def main():
    limiter = asyncio.Semaphore(3)  # (1)!
    await asyncio.gather(*(call_api(limiter, n) for n in range(1, 11)))


asyncio.run(main())
