import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(0.5)
    print(f"elapsed by loop.time(): {loop.time() - start:.1f} s")  # (1)!
    print(f"same clock as time.monotonic(): {abs(loop.time() - time.monotonic()) < 0.01}")  # (2)!
    print(f"same clock as time.time(): {abs(loop.time() - time.time()) < 0.01}")


asyncio.run(main())
