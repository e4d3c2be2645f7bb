import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def heartbeat():
    for _ in range(4):
        log("heartbeat")
        await asyncio.sleep(0.2)


def save():
    time.sleep(0.4)  # (1)!


async def main():
    lock = asyncio.Lock()
    beat = asyncio.create_task(heartbeat(), name="heartbeat")
    await asyncio.sleep(0.1)
    async with lock:
        log("saving")
        save()  # (2)!
        log("saved")
    await beat


asyncio.run(main())
