# Python 3.13+
import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def fetch(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    tasks = [
        asyncio.create_task(fetch(0.9), name="slow"),
        asyncio.create_task(fetch(0.1), name="fast"),
    ]
    async for task in asyncio.as_completed(tasks):  # (1)!
        log(f"{task.get_name()}: {await task}, one of ours: {task in tasks}")  # (2)!


asyncio.run(main())
