import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(f"worker sees {e!r}")  # (1)!
        raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    task.cancel(msg="shutting down")
    try:
        await task
    except asyncio.CancelledError as e:
        print(f"first await: {e!r}")  # (2)!
    try:
        task.result()
    except asyncio.CancelledError as e:
        print(f"result() later: {e!r}")  # (3)!


asyncio.run(main())
