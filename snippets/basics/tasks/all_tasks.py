import asyncio


def names(tasks):
    return sorted(task.get_name() for task in tasks)


async def job(delay):
    await asyncio.sleep(delay)


async def main():
    asyncio.create_task(job(0.1), name="short")
    asyncio.create_task(job(1), name="long")
    print(f"at start: {names(asyncio.all_tasks())}")  # (1)!
    await asyncio.sleep(0.5)
    print(f"after 0.5 s: {names(asyncio.all_tasks())}")  # (2)!


try:
    asyncio.all_tasks()
except RuntimeError as e:
    print(f"RuntimeError: {e}")  # (3)!
asyncio.run(main())
