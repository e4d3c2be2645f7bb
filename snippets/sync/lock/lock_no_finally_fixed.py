import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def save(n, lock, data):
    async with lock:  # (1)!
        log(f"task {n} got the lock")
        if not data:
            raise ValueError("no data")
        await asyncio.sleep(0.1)
    log(f"task {n} saved {data!r}")


async def main():
    lock = asyncio.Lock()
    results = await asyncio.gather(save(1, lock, ""), return_exceptions=True)
    log(f"task 1 failed: {results[0]!r}, locked() = {lock.locked()}")
    try:
        async with asyncio.timeout(1):
            await save(2, lock, "report")
    except TimeoutError:
        log("task 2 gave up: the lock was never released")


asyncio.run(main())
