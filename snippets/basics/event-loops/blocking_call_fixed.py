import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


def read_sensor():
    time.sleep(1.0)
    return 21.5


async def ticker():
    while True:
        await asyncio.sleep(0.3)
        log("tick")


async def main():
    task = asyncio.create_task(ticker())
    value = await asyncio.to_thread(read_sensor)  # (1)!
    log(f"value: {value}")
    task.cancel()


asyncio.run(main())
