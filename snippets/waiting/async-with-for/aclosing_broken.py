import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def read_rows(name):
    log(f"{name}: open")
    try:
        for i in range(10):
            await asyncio.sleep(0.1)
            yield i
    finally:
        log(f"{name}: close")  # (1)!


async def main():
    rows = read_rows("rows")
    async for row in rows:
        if row == 2:
            break  # (2)!
    log("main: loop left")
    await asyncio.sleep(1)
    log("main: return")


asyncio.run(main())
