import asyncio


async def job():
    await asyncio.sleep(0.1)


async def main():
    task = asyncio.create_task(job())
    print(task.get_loop() is asyncio.get_running_loop())  # (1)!
    await task
    return task


task = asyncio.run(main())
loop = task.get_loop()  # (2)!
print(f"after asyncio.run: closed={loop.is_closed()}")
