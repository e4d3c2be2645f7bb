import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    fast = asyncio.create_task(fetch("fast", 0.2))
    slow = asyncio.create_task(fetch("slow", 1.0))
    try:
        for next_done in asyncio.as_completed([fast, slow], timeout=0.5):
            result = await next_done
            log(f"got {result}, next_done is fast: {next_done is fast}")  # (1)!
    except TimeoutError:
        log("TimeoutError")  # (2)!
    log(f"slow cancelled: {slow.cancelled()}")
    log(f"slow result: {await slow}")  # (3)!


asyncio.run(main())
