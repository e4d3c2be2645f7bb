import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def download():
    try:
        await asyncio.sleep(10)  # (1)!
    except asyncio.CancelledError:
        log("download: CancelledError at await asyncio.sleep(10)")
        raise


async def job():
    try:
        await download()
        log("job: never printed")
    except asyncio.CancelledError:
        log("job: CancelledError came up from download()")  # (2)!
        raise


async def main():
    task = asyncio.create_task(job())
    await asyncio.sleep(0.5)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log("main: await task raised CancelledError")  # (3)!
    log(f"main: task.cancelled() = {task.cancelled()}")


asyncio.run(main())
