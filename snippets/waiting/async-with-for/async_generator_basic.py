import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def ticks(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)  # (1)!
        yield i


async def main():
    gen = ticks(3, 0.2)
    print(type(gen).__name__)  # (2)!
    print(gen.__aiter__() is gen, hasattr(gen, "__anext__"))
    async for i in gen:
        log(f"tick {i}")
    log("done")


asyncio.run(main())
