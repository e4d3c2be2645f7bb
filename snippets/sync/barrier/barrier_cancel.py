import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def worker(barrier, name):
    index = await barrier.wait()
    log(f"{name} passes with index {index}")


async def main():
    barrier = asyncio.Barrier(3)
    x = asyncio.create_task(worker(barrier, "x"))
    y = asyncio.create_task(worker(barrier, "y"))
    await asyncio.sleep(0.2)
    log(f"n_waiting={barrier.n_waiting}")
    x.cancel()  # (1)!
    await asyncio.sleep(0)
    log(f"x cancelled: n_waiting={barrier.n_waiting} broken={barrier.broken}")  # (2)!
    await asyncio.sleep(0.2)
    await asyncio.gather(y, worker(barrier, "z"), worker(barrier, "w"))  # (3)!


asyncio.run(main())
