import asyncio
import contextlib
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


@contextlib.asynccontextmanager
async def connection(name):
    log(f"open {name}")  # (1)!
    await asyncio.sleep(0.2)
    yield f"<{name}>"  # (2)!
    log(f"close {name}")  # (3)!
    await asyncio.sleep(0.1)
    log(f"{name} closed")


async def main():
    async with connection("db") as conn:
        log(f"using {conn}")
        await asyncio.sleep(0.5)
    log("after the block")


asyncio.run(main())
