import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def main():
    try:
        async with asyncio.timeout(0.5):
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                log("inside the block: CancelledError")  # (1)!
                raise
            log("not reached")
    except TimeoutError:
        log("outside the block: TimeoutError")  # (2)!


asyncio.run(main())
