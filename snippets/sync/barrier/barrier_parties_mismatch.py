import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def worker(barrier, name, delay):
    await asyncio.sleep(delay)
    log(f"{name} arrives")
    try:
        async with asyncio.timeout(1.0):
            index = await barrier.wait()
        log(f"{name} passes with index {index}")
    except TimeoutError:
        log(f"{name} gave up: nobody came to round 2")  # (1)!


async def main():
    barrier = asyncio.Barrier(2)
    await asyncio.gather(
        worker(barrier, "a", 0.1),
        worker(barrier, "b", 0.2),
        worker(barrier, "c", 0.3),
    )


asyncio.run(main())
