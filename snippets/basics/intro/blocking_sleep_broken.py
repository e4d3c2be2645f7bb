import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def heartbeat():
    for _ in range(6):
        log("beat")
        await asyncio.sleep(0.2)


async def worker():
    await asyncio.sleep(0.3)
    log("worker: sleeping 1 s")
    time.sleep(1)  # (1)!
    log("worker: awake")


async def main():
    await asyncio.gather(heartbeat(), worker())


asyncio.run(main())
