import asyncio


async def download():
    try:
        await asyncio.sleep(1)
        return "done"
    finally:
        print("download: finally")


async def main():
    task = asyncio.create_task(download())
    await asyncio.sleep(0.1)
    task.cancel()  # (1)!
    try:
        await task
    except asyncio.CancelledError:
        print(f"task.cancelled()={task.cancelled()}")


asyncio.run(main())
