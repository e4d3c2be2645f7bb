import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def fetch(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


async def main():
    aws = [fetch("slow", 0.9), fetch("bad", 0.3, fail=True), fetch("fast", 0.1)]
    for next_done in asyncio.as_completed(aws):
        try:
            log(f"got {await next_done}")
        except ValueError as e:
            log(f"failed: {e!r}")  # (1)!


asyncio.run(main())
