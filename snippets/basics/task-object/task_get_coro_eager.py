# Python 3.13+
import asyncio


async def cached():
    return "from the cache"


async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    task = asyncio.create_task(cached())  # (1)!
    print(f"done: {task.done()}, result: {task.result()!r}")
    print(f"get_coro(): {task.get_coro()}")  # (2)!


asyncio.run(main())
