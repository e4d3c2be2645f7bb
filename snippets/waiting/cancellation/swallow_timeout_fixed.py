import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def fetch(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log(f"fetch {n}: cancelled")
        raise
    return n


async def main():
    try:
        async with asyncio.timeout(1.5):
            for n in range(1, 4):
                await fetch(n)
                log(f"main: got {n}")
        log("main: no timeout")
    except TimeoutError:
        log("main: TimeoutError")  # (1)!


asyncio.run(main())
