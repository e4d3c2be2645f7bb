import asyncio
import contextlib
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
        log(f"{name}: close")


async def main():
    async with contextlib.aclosing(read_rows("rows")) as rows:  # (1)!
        async for row in rows:
            if row == 2:
                break
    log("main: loop left")  # (2)!
    await asyncio.sleep(1)
    log("main: return")


asyncio.run(main())
