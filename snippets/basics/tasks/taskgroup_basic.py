import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    log(f"{name} fetched")
    return f"{name}-data"


async def main():
    async with asyncio.TaskGroup() as tg:
        users = tg.create_task(fetch("users", 1.0))  # (1)!
        orders = tg.create_task(fetch("orders", 0.5), name="orders")
        log("body of async with finished")  # (2)!
    log(f"after the block: {users.result()}, {orders.result()}")  # (3)!


asyncio.run(main())
