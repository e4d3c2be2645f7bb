import asyncio


async def worker(name):
    print(f"{name}: started")
    await asyncio.sleep(0.1)
    print(f"{name}: finished")


async def cancel_then_uncancel(task):
    task.cancel()
    task.uncancel()
    await asyncio.wait([task])
    print(f"{task.get_name()}: cancelled() = {task.cancelled()}")


async def main():
    fresh = asyncio.create_task(worker("fresh"), name="fresh")
    await cancel_then_uncancel(fresh)  # (1)!
    sleeping = asyncio.create_task(worker("sleeping"), name="sleeping")
    await asyncio.sleep(0)
    await cancel_then_uncancel(sleeping)  # (2)!


asyncio.run(main())
