import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def save():
    log("save: started")
    try:
        await asyncio.sleep(1)
        log("save: finished")
    except asyncio.CancelledError:
        log("save: cancelled")
        raise


async def handler():
    await asyncio.shield(save())  # (1)!


async def main():
    task = asyncio.create_task(handler())
    await asyncio.sleep(0.3)
    task.cancel()
    await asyncio.wait([task])
    log("main: return")  # (2)!


asyncio.run(main())
