import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def main():
    async with asyncio.timeout(0.5) as cm:
        time.sleep(1)  # (1)!
    log(f"blocking call finished, expired={cm.expired()}")

    async with asyncio.timeout(0):
        log("timeout(0), no await: the block completes")  # (2)!

    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(0)  # (3)!
            log("not reached")
    except TimeoutError:
        log("timeout(0) with an await: TimeoutError")


asyncio.run(main())
