import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: ignoring cancellation")  # (1)!
    return "finished anyway"


async def main():
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    task.cancel()
    print(f"await -> {await task!r}")
    print(f"cancelled()={task.cancelled()}, cancelling()={task.cancelling()}")  # (2)!


asyncio.run(main())
