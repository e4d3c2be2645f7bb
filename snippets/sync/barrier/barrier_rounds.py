import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def player(barrier, name, delays):
    for round_no, delay in enumerate(delays, 1):
        await asyncio.sleep(delay)
        log(f"{name} finished round {round_no}")
        await barrier.wait()  # (1)!
        log(f"{name} passed barrier {round_no}")


async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(
        player(barrier, "ann", [0.2, 0.5]),
        player(barrier, "bob", [0.6, 0.1]),  # (2)!
        player(barrier, "eve", [0.4, 0.3]),
    )


asyncio.run(main())
