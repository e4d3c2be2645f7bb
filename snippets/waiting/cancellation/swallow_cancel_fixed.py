import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def worker():
    for step in range(1, 4):
        try:
            await asyncio.sleep(1)
            log(f"worker: step {step} done")
        except asyncio.CancelledError:
            log(f"worker: cancelled in step {step}, cleaning up")
            raise  # (1)!
    return "finished"


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(1.5)
    log(f"main: task.cancel() -> {task.cancel()}")
    try:
        await task
    except asyncio.CancelledError:
        log(f"main: cancelled()={task.cancelled()}")  # (2)!


asyncio.run(main())
