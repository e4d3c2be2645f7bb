import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def child():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise ValueError("cleanup failed")  # (1)!


async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
    except* ValueError:
        log("parent: caught the ExceptionGroup")
    await asyncio.sleep(1)  # (2)!
    log("parent: kept running")


async def main():
    task = asyncio.create_task(parent())
    await asyncio.sleep(0.5)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log("main: parent cancelled")
    else:
        log("main: parent finished normally")


asyncio.run(main())
