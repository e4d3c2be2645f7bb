import asyncio
import time


async def job(delay):
    await asyncio.sleep(delay)


async def main():
    start = time.perf_counter()
    await job(0.5)
    await job(1.0)  # (1)!
    print(f"sequential: {time.perf_counter() - start:.1f} s")

    start = time.perf_counter()
    await asyncio.gather(job(0.5), job(1.0))  # (2)!
    print(f"concurrent: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
