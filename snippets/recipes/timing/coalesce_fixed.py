import asyncio

GAPS = [("e0", 0.0), ("e1", 0.2), ("e2", 0.2), ("e3", 0.2), ("e4", 0.2), ("e5", 0.2)]


async def producer(queue, now):
    for name, gap in GAPS:
        await asyncio.sleep(gap)
        queue.put_nowait((name, now()))
    queue.put_nowait(None)


async def handle(batch, now):
    names = [name for name, _ in batch]
    waited = now() - batch[0][1]
    print(f"t={now():.1f}s handle {names}, oldest waited {waited:.1f} s")
    await asyncio.sleep(0.7)


async def consumer(queue, now):
    done = False
    while not done:
        batch = [await queue.get()]  # (1)!
        while not queue.empty():
            batch.append(queue.get_nowait())  # (2)!
        if batch[-1] is None:  # (3)!
            batch.pop()
            done = True
        if batch:
            await handle(batch, now)  # (4)!
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
