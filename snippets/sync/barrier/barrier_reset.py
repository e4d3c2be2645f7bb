import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def worker(barrier, name):
    try:
        index = await barrier.wait()
        log(f"{name} passes with index {index}")
    except asyncio.BrokenBarrierError as e:
        log(f"{name}: {type(e).__name__}: {e}")  # (1)!


async def main():
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(worker(barrier, name)) for name in ("a", "b")]
    await asyncio.sleep(0.5)
    log(f"reset() with n_waiting={barrier.n_waiting}")
    await barrier.reset()  # (2)!
    log(f"after reset(): broken={barrier.broken} n_waiting={barrier.n_waiting}")
    await asyncio.gather(*tasks)
    await asyncio.gather(*(worker(barrier, name) for name in ("c", "d", "e")))  # (3)!


asyncio.run(main())
