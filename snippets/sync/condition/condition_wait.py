import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def waiter(condition):
    async with condition:
        log("waiter: holds the lock, calls wait()")
        result = await condition.wait()  # (1)!
        log(f"waiter: wait() returned {result}, locked() = {condition.locked()}")  # (3)!


async def main():
    condition = asyncio.Condition()
    task = asyncio.create_task(waiter(condition))
    await asyncio.sleep(0.5)
    async with condition:
        log("main: got the lock")  # (2)!
        log(f"main: notify() returned {condition.notify()}")
        await asyncio.sleep(0.5)
        log("main: releases the lock")
    await task


asyncio.run(main())
