import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def worker(barrier, name):
    try:
        async with asyncio.timeout(1.0):  # (1)!
            index = await barrier.wait()
        log(f"{name} passes with index {index}")
    except TimeoutError:
        log(f"{name} gave up (n_waiting={barrier.n_waiting}, broken={barrier.broken})")  # (2)!


async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(worker(barrier, "a"), worker(barrier, "b"))
    log(f"n_waiting={barrier.n_waiting} broken={barrier.broken}")
    await asyncio.gather(*(worker(barrier, name) for name in ("c", "d", "e")))  # (3)!


asyncio.run(main())
