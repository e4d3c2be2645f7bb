import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def job(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log(f"{name} cancelled")
        raise
    log(f"{name} finished")


async def run_all():
    await asyncio.gather(job("a", 1.0), job("b", 2.0))


async def main():
    task = asyncio.create_task(run_all())
    await asyncio.sleep(0.5)
    task.cancel()  # (1)!
    try:
        await task
    except asyncio.CancelledError:
        log("run_all cancelled")


asyncio.run(main())
