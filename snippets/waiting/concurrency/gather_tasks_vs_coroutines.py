import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def job(name):
    log(f"{name} starts")
    await asyncio.sleep(0.5)
    return name


async def main():
    task = asyncio.create_task(job("task"))  # (1)!
    coro = job("coroutine")  # (2)!
    await asyncio.sleep(0.2)
    log("calling gather()")
    results = await asyncio.gather(task, coro)
    log(f"results: {results}")


asyncio.run(main())
