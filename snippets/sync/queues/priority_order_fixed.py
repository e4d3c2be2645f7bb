import asyncio
import itertools


async def main():
    queue = asyncio.PriorityQueue()
    counter = itertools.count()  # (1)!
    for i in range(6):
        queue.put_nowait((1, next(counter), f"job {i}"))
    queue.put_nowait((0, next(counter), "urgent"))
    print([queue.get_nowait()[2] for _ in range(queue.qsize())])  # (2)!


asyncio.run(main())
