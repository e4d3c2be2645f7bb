import asyncio


async def worker():
    task = asyncio.current_task()
    try:
        async with asyncio.timeout(0.1):  # (1)!
            await asyncio.sleep(1)
    except TimeoutError:
        print(f"after the timeout: cancelling()={task.cancelling()}")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"worker: one CancelledError, cancelling()={task.cancelling()}")  # (2)!
        raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.5)
    task.cancel()
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print(f"main: cancelled()={task.cancelled()}, cancelling()={task.cancelling()}")


asyncio.run(main())
