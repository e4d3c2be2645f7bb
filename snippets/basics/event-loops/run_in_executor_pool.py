import asyncio
import concurrent.futures
import time


async def four_jobs(executor):
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    jobs = [loop.run_in_executor(executor, time.sleep, 0.5) for _ in range(4)]
    await asyncio.gather(*jobs)
    return time.perf_counter() - start


async def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:  # (1)!
        print(f"4 jobs of 0.5 s, 2 workers: {await four_jobs(pool):.1f} s")
    print(f"4 jobs of 0.5 s, default executor: {await four_jobs(None):.1f} s")  # (2)!


asyncio.run(main())
