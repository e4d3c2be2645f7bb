# Python 3.13+
import asyncio


async def consumer(queue):
    while True:
        try:
            item = await queue.get()
        except asyncio.QueueShutDown:
            print("consumer: QueueShutDown, stopping")  # (1)!
            return
        print(f"consumer: got {item}")


async def main():
    queue = asyncio.Queue()
    task = asyncio.create_task(consumer(queue))
    await asyncio.sleep(0.1)
    queue.put_nowait(1)
    queue.put_nowait(2)
    queue.shutdown()  # (2)!
    try:
        queue.put_nowait(3)
    except asyncio.QueueShutDown as e:
        print(f"put_nowait() after shutdown(): {type(e).__name__}")  # (3)!
    await task


asyncio.run(main())
