import asyncio


async def worker(name):
    try:
        await asyncio.sleep(0.5)
        return "finished"
    except asyncio.CancelledError:
        print(f"{name}: CancelledError")
        raise


async def outcome(task):
    try:
        return await task
    except asyncio.CancelledError:
        return "cancelled"


async def main():
    waiting = asyncio.create_task(worker("waiting"))
    await asyncio.sleep(0.1)  # (1)!
    waiting.cancel()
    print(f"waiting: uncancel() -> {waiting.uncancel()}")
    print(f"waiting: {await outcome(waiting)}")

    fresh = asyncio.create_task(worker("fresh"))  # (2)!
    fresh.cancel()
    print(f"fresh: uncancel() -> {fresh.uncancel()}")
    print(f"fresh: {await outcome(fresh)}")

    done = asyncio.create_task(worker("done"))
    await asyncio.sleep(0.1)
    done.cancel()
    print(f"done: {await outcome(done)}")
    print(f"done: uncancel() -> {done.uncancel()}, cancelled()={done.cancelled()}")  # (3)!


asyncio.run(main())
