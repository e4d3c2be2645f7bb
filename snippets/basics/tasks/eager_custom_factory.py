# Python 3.12+
import asyncio


class LoggingTask(asyncio.Task):
    def __init__(self, coro, **kwargs):
        print(f"LoggingTask: eager_start={kwargs.get('eager_start')}")  # (1)!
        super().__init__(coro, **kwargs)


async def job():
    print("job: running")
    return 1


async def main():
    loop = asyncio.get_running_loop()
    print(f"factory: {loop.get_task_factory()}")  # (2)!
    loop.set_task_factory(asyncio.create_eager_task_factory(LoggingTask))
    task = asyncio.create_task(job())
    print(f"{type(task).__name__}, done={task.done()}")
    loop.set_task_factory(None)  # (3)!
    task = asyncio.create_task(job())
    print(f"{type(task).__name__}, done={task.done()}")
    await task


asyncio.run(main())
