import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def runner(barrier, name, delay):
    await asyncio.sleep(delay)
    log(f"{name} arrives (n_waiting={barrier.n_waiting})")
    index = await barrier.wait()  # (1)!
    log(f"{name} passes with index {index}")  # (2)!


async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(
        runner(barrier, "a", 0.3),
        runner(barrier, "b", 0.1),
        runner(barrier, "c", 0.2),
    )
    log(f"n_waiting={barrier.n_waiting} broken={barrier.broken}")


asyncio.run(main())
