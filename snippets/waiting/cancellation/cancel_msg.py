import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(f"worker: {e!r}")  # (1)!
        raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    task.cancel("shutting down")
    try:
        await task
    except asyncio.CancelledError as e:
        print(f"main: {e!r}, args={e.args}")  # (2)!
    try:
        task.result()
    except asyncio.CancelledError as e:
        print(f"result(): {e!r}, args={e.args}")  # (3)!


asyncio.run(main())
