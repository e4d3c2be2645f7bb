import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except Exception as e:  # (1)!
        print(f"worker: caught {type(e).__name__}")


async def main():
    print([cls.__name__ for cls in asyncio.CancelledError.__mro__])
    print(f"subclass of Exception: {issubclass(asyncio.CancelledError, Exception)}")
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    task.cancel()
    await asyncio.wait([task])
    print(f"task.cancelled() = {task.cancelled()}")  # (2)!


asyncio.run(main())
