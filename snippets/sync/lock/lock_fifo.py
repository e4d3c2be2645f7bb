import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def worker(n, lock):
    log(f"task {n} waits")
    async with lock:
        log(f"task {n} got the lock")
        await asyncio.sleep(0.1)


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    log("main got the lock")
    tasks = [asyncio.create_task(worker(n, lock)) for n in (1, 2, 3)]
    await asyncio.sleep(0.5)
    lock.release()
    log(f"main released the lock, locked() = {lock.locked()}")  # (1)!
    log("main calls acquire() again")
    await lock.acquire()  # (2)!
    log("main got the lock again")
    lock.release()
    await asyncio.gather(*tasks)


asyncio.run(main())
