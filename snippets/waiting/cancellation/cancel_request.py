import asyncio


async def worker():
    await asyncio.sleep(10)  # (1)!


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    print(f"cancel() -> {task.cancel()}")
    print(f"right after cancel(): cancelled() = {task.cancelled()}")  # (2)!
    await asyncio.wait([task])
    print(f"after the task ran: cancelled() = {task.cancelled()}")
    print(f"cancel() again -> {task.cancel()}")  # (3)!


asyncio.run(main())
