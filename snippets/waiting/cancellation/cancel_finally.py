import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def worker():
    log("worker: connected")
    try:
        await asyncio.sleep(10)
    finally:
        log("worker: closing the connection")
        await asyncio.sleep(0.3)  # (1)!
        log("worker: connection closed")


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.5)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log("main: worker cancelled")  # (2)!


asyncio.run(main())
