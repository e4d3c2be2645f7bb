import asyncio


async def consumer(queue):
    while True:
        item = await queue.get()
        print(f"consumer: got {item}")  # (1)!


async def main():
    queue = asyncio.Queue()
    for item in ("a", "b"):
        queue.put_nowait(item)
    task = asyncio.create_task(consumer(queue))
    try:
        await asyncio.wait_for(queue.join(), timeout=1)
    except TimeoutError:
        print(f"join() still waiting after 1 s, although qsize={queue.qsize()}")  # (2)!
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


asyncio.run(main())
