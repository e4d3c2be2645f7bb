import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def worker(barrier):
    try:
        async with asyncio.timeout(1.0):
            await barrier.wait()
    except asyncio.BrokenBarrierError:
        log("worker: BrokenBarrierError")
    except TimeoutError:
        log(f"worker: still waiting, timed out (broken={barrier.broken})")


async def main():
    barrier = asyncio.Barrier(2)
    task = asyncio.create_task(worker(barrier))
    await asyncio.sleep(0.2)
    await barrier.abort()  # (1)!
    log(f"main: abort() awaited, broken={barrier.broken}")
    await task


asyncio.run(main())
