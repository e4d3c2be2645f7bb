import asyncio
import gc

background_tasks = set()


def spawn(coro):
    task = asyncio.create_task(coro)
    background_tasks.add(task)  # (1)!
    task.add_done_callback(background_tasks.discard)  # (2)!
    return task


async def job():
    try:
        await asyncio.get_running_loop().create_future()
    finally:
        print("job: finally")


async def main():
    spawn(job())
    await asyncio.sleep(0.1)
    gc.collect()
    print(f"tasks left: {len(asyncio.all_tasks())}, in the set: {len(background_tasks)}")
    for task in list(background_tasks):
        task.cancel()
    await asyncio.sleep(0.1)
    print(f"in the set after cancel: {len(background_tasks)}")  # (3)!


asyncio.run(main())
