import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def main():
    async with asyncio.timeout(0.5):
        try:
            await asyncio.sleep(10)
        except TimeoutError:
            log("handled inside the block")  # (1)!
    log("main: done")


try:
    asyncio.run(main())
except TimeoutError:
    log("TimeoutError escaped from main()")  # (2)!
