import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def other():
    log("other: runs")


async def waiter(sem):
    log("waiter: calls acquire()")
    result = await sem.acquire()  # (1)!
    log(f"waiter: acquire() returned {result}")
    sem.release()


async def main():
    sem = asyncio.Semaphore(1)
    asyncio.create_task(other())
    result = await sem.acquire()  # (2)!
    log(f"main: acquire() returned {result}")
    task = asyncio.create_task(waiter(sem))
    await asyncio.sleep(0.5)
    log("main: release()")
    sem.release()  # (3)!
    await task


asyncio.run(main())
