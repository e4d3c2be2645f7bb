import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def child(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log(f"{name} cancelled")
        raise


async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("child"))
            await asyncio.sleep(10)
    except BaseException as e:
        log(f"parent: {type(e).__name__} from async with")  # (1)!
        raise


async def main():
    task = asyncio.create_task(parent())
    await asyncio.sleep(0.5)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log(f"main: parent cancelled = {task.cancelled()}")


asyncio.run(main())
