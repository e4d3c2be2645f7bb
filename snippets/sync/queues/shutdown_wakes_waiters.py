# Python 3.13+
import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def getter(queue):
    try:
        await queue.get()
    except asyncio.QueueShutDown:
        log("get() on the empty queue: QueueShutDown")


async def putter(queue):
    try:
        await queue.put("y")
    except asyncio.QueueShutDown:
        log("put() on the full queue: QueueShutDown")


async def main():
    empty = asyncio.Queue()
    full = asyncio.Queue(maxsize=1)
    full.put_nowait("x")
    tasks = [asyncio.create_task(getter(empty)), asyncio.create_task(putter(full))]
    await asyncio.sleep(0.5)  # (1)!

    log("shutdown() on both queues")
    empty.shutdown()
    full.shutdown()
    await asyncio.gather(*tasks)  # (2)!


asyncio.run(main())
