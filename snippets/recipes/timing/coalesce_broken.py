import asyncio

GAPS = [("e0", 0.0), ("e1", 0.2), ("e2", 0.2), ("e3", 0.2), ("e4", 0.2), ("e5", 0.2)]


async def producer(queue, now):
    for name, gap in GAPS:
        await asyncio.sleep(gap)
        queue.put_nowait((name, now()))  # (1)!
    queue.put_nowait(None)  # (2)!


async def handle(batch, now):
    names = [name for name, _ in batch]
    waited = now() - batch[0][1]
    print(f"t={now():.1f}s handle {names}, oldest waited {waited:.1f} s")
    await asyncio.sleep(0.7)  # (3)!


async def consumer(queue, now):
    while (item := await queue.get()) is not None:
        await handle([item], now)  # (4)!
    print(f"t={now():.1f}s done")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    def now():
        return loop.time() - start

    queue = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(queue, now), name="producer")
        tg.create_task(consumer(queue, now), name="consumer")


asyncio.run(main())
