import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def brew(drink, seconds):
    log(f"{drink}: start")
    await asyncio.sleep(seconds)
    log(f"{drink}: ready")
    return drink


async def main():
    tea = asyncio.create_task(brew("tea", 1.0), name="tea")  # (1)!
    coffee = asyncio.create_task(brew("coffee", 0.5), name="coffee")
    log(f"created {type(tea).__name__} objects")  # (2)!
    print(await tea, await coffee)  # (3)!
    log("both done")


asyncio.run(main())
