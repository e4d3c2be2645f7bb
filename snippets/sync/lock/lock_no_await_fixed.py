import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def worker(n, lock):
    await lock.acquire()  # (1)!
    try:
        log(f"task {n} inside, locked() = {lock.locked()}")
        await asyncio.sleep(0.1)
    finally:
        lock.release()


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(worker(1, lock), worker(2, lock))


asyncio.run(main())
