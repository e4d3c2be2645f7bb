import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def heartbeat():
    for _ in range(4):
        log("heartbeat")
        await asyncio.sleep(0.2)


def parse(n):
    time.sleep(0.2)  # (1)!
    return n * 10


async def records():
    for n in range(3):
        yield parse(n)  # (2)!


async def main():
    beat = asyncio.create_task(heartbeat(), name="heartbeat")
    await asyncio.sleep(0.1)  # (3)!
    async for record in records():
        log(f"record {record}")
    await beat


asyncio.run(main())
