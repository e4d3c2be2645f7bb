import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def main():
    queue = asyncio.Queue()
    try:
        await queue.get(timeout=1)  # (1)!
    except TypeError as exc:
        log(f"TypeError: {exc}")

    try:
        async with asyncio.timeout(1):  # (2)!
            await queue.get()
    except TimeoutError:
        log("no item within 1 s")

    try:
        await asyncio.wait_for(queue.get(), timeout=0.5)  # (3)!
    except TimeoutError:
        log("no item within 0.5 s")


asyncio.run(main())
