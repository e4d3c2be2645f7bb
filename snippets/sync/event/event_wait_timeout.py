import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def main():
    event = asyncio.Event()  # (1)!
    try:
        async with asyncio.timeout(1):  # (2)!
            await event.wait()
    except TimeoutError:
        log("asyncio.timeout: no event within 1 s")
    try:
        await asyncio.wait_for(event.wait(), timeout=0.5)  # (3)!
    except TimeoutError:
        log("asyncio.wait_for: no event within 0.5 s")


asyncio.run(main())
