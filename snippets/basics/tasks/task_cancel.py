import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("worker: CancelledError at await")  # (1)!
        raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    print(f"cancel() -> {task.cancel()}")
    print(f"right after: cancelled()={task.cancelled()}, done()={task.done()}")  # (2)!
    try:
        await task
    except asyncio.CancelledError:
        print(f"after await: cancelled()={task.cancelled()}, done()={task.done()}")
    print(f"cancel() again -> {task.cancel()}")  # (3)!


asyncio.run(main())
