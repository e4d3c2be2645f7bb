import asyncio
import math

INTERVAL = 0.5
GAPS = [("a", 0.0), ("b", 0.1), ("c", 0.1), ("d", 0.8), ("e", 0.3), ("f", 0.4)]


async def producer(queue):
    for name, gap in GAPS:
        await asyncio.sleep(gap)
        queue.put_nowait(name)


async def throttler(queue, log):
    loop = asyncio.get_running_loop()
    last = -math.inf  # (1)!
    while True:
        name = await queue.get()
        if loop.time() - last >= INTERVAL:  # (2)!
            last = loop.time()
            log(f"event {name}: handle")
        else:
            log(f"event {name}: drop")  # (3)!


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    def log(message):
        print(f"t={loop.time() - start:.1f}s {message}")

    queue = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        worker = tg.create_task(throttler(queue, log), name="throttler")
        await tg.create_task(producer(queue), name="producer")
        await asyncio.sleep(0.1)
        worker.cancel()


asyncio.run(main())
