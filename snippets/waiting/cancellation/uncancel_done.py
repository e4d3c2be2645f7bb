import asyncio


async def main():
    task = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0.1)
    task.cancel()
    await asyncio.wait([task])
    print(f"cancelled() = {task.cancelled()}, cancelling() = {task.cancelling()}")
    print(f"uncancel() -> {task.uncancel()}")  # (1)!
    print(f"cancelled() = {task.cancelled()}, done() = {task.done()}")  # (2)!


asyncio.run(main())
