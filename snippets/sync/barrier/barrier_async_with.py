import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def loader(barrier, name, delay):
    await asyncio.sleep(delay)
    log(f"{name} loaded")
    async with barrier as index:  # (1)!
        log(f"{name} inside, index {index}")
        if index == 0:
            log(f"{name} announces: everyone is ready")  # (2)!
    log(f"{name} after the block")


async def main():
    barrier = asyncio.Barrier(2)
    await asyncio.gather(loader(barrier, "map", 0.4), loader(barrier, "sounds", 0.2))


asyncio.run(main())
