import asyncio

QUIET = 0.5
GAPS = [("a", 0.0), ("b", 0.1), ("c", 0.1), ("d", 0.8), ("e", 0.3), ("f", 0.4)]


async def producer(queue, log):
    for name, gap in GAPS:
        await asyncio.sleep(gap)
        log(f"event {name}")
        queue.put_nowait(name)


async def debouncer(queue, log):
    while True:
        batch = [await queue.get()]  # (1)!
        while True:
            try:
                async with asyncio.timeout(QUIET):  # (2)!
                    batch.append(await queue.get())
            except TimeoutError:  # (3)!
                break
        log(f"quiet for {QUIET} s, handle {batch}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    def log(message):
        print(f"t={loop.time() - start:.1f}s {message}")

    queue = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        worker = tg.create_task(debouncer(queue, log), name="debouncer")
        await tg.create_task(producer(queue, log), name="producer")
        await asyncio.sleep(1.0)
        worker.cancel()


asyncio.run(main())
