import asyncio


async def main():
    queue = asyncio.PriorityQueue()
    for entry in [(2, "write report"), (1, "fix bug"), (2, "answer mail"), (1, "deploy")]:
        queue.put_nowait(entry)  # (1)!
    while not queue.empty():
        print(queue.get_nowait())  # (2)!


asyncio.run(main())
