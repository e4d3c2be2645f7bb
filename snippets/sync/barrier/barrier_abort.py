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
        log(f"{name}: {type(e).__name__}: {e}")


async def main():
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(worker(barrier, name)) for name in ("a", "b")]
    await asyncio.sleep(0.5)
    await barrier.abort()  # (1)!
    log(f"abort(): broken={barrier.broken}")
    await asyncio.gather(*tasks)
    await worker(barrier, "late")  # (2)!
    await barrier.reset()  # (3)!
    log(f"reset(): broken={barrier.broken}")
    await asyncio.gather(*(worker(barrier, name) for name in ("c", "d", "e")))


asyncio.run(main())
