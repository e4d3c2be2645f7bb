import asyncio


async def producer(queue):
    for item in range(1, 4):
        await queue.put(item)  # (1)!
        print(f"producer: put {item}")


async def consumer(queue):
    for _ in range(3):
        print(f"consumer: got {await queue.get()}")


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(consumer(queue), producer(queue))  # (2)!


asyncio.run(main())
