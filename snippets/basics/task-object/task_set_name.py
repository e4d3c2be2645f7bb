import asyncio


async def download(url):
    task = asyncio.current_task()
    task.set_name(f"download {url}")  # (1)!
    await asyncio.sleep(0.1)


async def main():
    task = asyncio.create_task(download("/a.txt"), name="pending")
    print(task.get_name())
    await asyncio.sleep(0)
    print(task.get_name())
    task.set_name(("retry", 2))  # (2)!
    print(repr(task.get_name()))
    await task


asyncio.run(main())
