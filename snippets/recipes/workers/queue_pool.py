import asyncio
import time

start = time.perf_counter()
DURATIONS = [0.6, 0.2, 0.4, 0.5, 0.4, 0.6, 0.2, 0.2]


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def process(n):
    await asyncio.sleep(DURATIONS[n])
    return n * n


async def worker(name, queue, results):
    while True:
        try:
            index, n = queue.get_nowait()  # (1)!
        except asyncio.QueueEmpty:
            return
        log(f"{name}: start {n}")
        results[index] = await process(n)  # (2)!


async def main():
    items = list(range(8))
    queue = asyncio.Queue()
    for index, n in enumerate(items):
        queue.put_nowait((index, n))
    results = [None] * len(items)
    async with asyncio.TaskGroup() as tg:  # (3)!
        for i in range(1, 4):
            tg.create_task(worker(f"worker-{i}", queue, results), name=f"worker-{i}")
        log(f"tasks alive: {len(asyncio.all_tasks())}")  # (4)!
    log(f"results: {results}")


asyncio.run(main())
