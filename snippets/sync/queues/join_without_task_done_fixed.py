import asyncio


async def consumer(queue):
    while True:
        item = await queue.get()
        try:
            print(f"consumer: got {item}")
        finally:
            queue.task_done()  # (1)!


async def main():
    queue = asyncio.Queue()
    for item in ("a", "b"):
        queue.put_nowait(item)
    task = asyncio.create_task(consumer(queue))
    await asyncio.wait_for(queue.join(), timeout=1)
    print(f"join() returned, qsize={queue.qsize()}")
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


asyncio.run(main())
