import asyncio


async def job():
    await asyncio.sleep(0.1)
    return "done"


async def main():
    task = asyncio.create_task(job())  # (1)!
    done, pending = await asyncio.wait([task])
    print(f"task in done: {task in done}, result: {task.result()}")  # (2)!


asyncio.run(main())
