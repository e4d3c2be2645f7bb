import asyncio


async def job():
    await asyncio.sleep(0.1)


async def main():
    unnamed = asyncio.create_task(job())  # (1)!
    named = asyncio.create_task(job(), name="downloader")
    numbered = asyncio.create_task(job(), name=42)  # (2)!
    print(asyncio.current_task().get_name())
    for task in (unnamed, named, numbered):
        print(repr(task.get_name()))
    await asyncio.gather(unnamed, named, numbered)


asyncio.run(main())
