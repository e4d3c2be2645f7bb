import asyncio
import inspect


async def job():
    return "done"


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job())
    coro = job()
    try:
        tg.create_task(coro)  # (1)!
    except RuntimeError as e:
        print(f"RuntimeError: {e}")
    print(inspect.getcoroutinestate(coro))  # (2)!
    coro.close()


asyncio.run(main())
