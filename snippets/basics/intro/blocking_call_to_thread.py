import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


def read_sensor():
    time.sleep(1)  # (1)!
    return 21.5


async def heartbeat():
    for _ in range(6):
        log("beat")
        await asyncio.sleep(0.2)


async def worker():
    await asyncio.sleep(0.3)
    value = await asyncio.to_thread(read_sensor)  # (2)!
    log(f"worker: sensor = {value}")


async def main():
    await asyncio.gather(heartbeat(), worker())


asyncio.run(main())
