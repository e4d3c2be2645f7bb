import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def owner(lock):
    await lock.acquire()
    log("owner: got the lock")
    await asyncio.sleep(1)
    try:
        lock.release()
    except RuntimeError as e:
        log(f"owner: RuntimeError: {e}")  # (3)!


async def intruder(lock):
    await asyncio.sleep(0.2)
    lock.release()  # (1)!
    log("intruder: released a lock it never acquired")


async def other(lock):
    await asyncio.sleep(0.1)
    async with lock:
        log("other: got the lock while owner still works")  # (2)!
        await asyncio.sleep(0.3)
    log("other: released the lock")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(owner(lock), intruder(lock), other(lock))


asyncio.run(main())
