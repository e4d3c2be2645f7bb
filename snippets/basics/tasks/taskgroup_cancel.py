# Python 3.15+
import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def ask(mirror, seconds, found, cancelled, tg):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        cancelled.append(mirror)
        raise
    found.append(mirror)
    log(f"{mirror} answered")
    tg.cancel()  # (1)!


async def main():
    found, cancelled = [], []
    async with asyncio.TaskGroup() as tg:
        for mirror, seconds in [("eu", 0.3), ("us", 0.1), ("asia", 0.5)]:
            tg.create_task(ask(mirror, seconds, found, cancelled, tg))
        await asyncio.sleep(10)  # (2)!
        log("never printed")
    log(f"after the block: found {found}, cancelled {sorted(cancelled)}")  # (3)!
    log(f"main is being cancelled: {asyncio.current_task().cancelling()}")  # (4)!
    tg.cancel()  # (5)!
    log("a second cancel() after the block does nothing")


asyncio.run(main())
