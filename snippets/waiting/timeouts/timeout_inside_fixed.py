import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def main():
    try:
        async with asyncio.timeout(0.5):
            await asyncio.sleep(10)
    except TimeoutError:  # (1)!
        log("handled around the block")
    log("main: done")


asyncio.run(main())
