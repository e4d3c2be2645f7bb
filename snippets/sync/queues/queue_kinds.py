import asyncio


async def drain(queue):
    for item in (3, 1, 2):
        queue.put_nowait(item)
    return [queue.get_nowait() for _ in range(queue.qsize())]


async def main():
    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        print(f"{cls.__name__:13} {await drain(cls())}")  # (1)!


asyncio.run(main())
