# Python 3.13+
import asyncio
import time

start = time.perf_counter()
done = []


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def worker(name, queue):
    while True:
        try:
            job = await queue.get()
        except asyncio.QueueShutDown:  # (1)!
            log(f"{name}: exits")
            return
        await asyncio.sleep(0.4)
        done.append(job)


async def main():
    queue = asyncio.Queue()
    for job in "abcdef":
        queue.put_nowait(job)
    async with asyncio.TaskGroup() as tg:
        for i in (1, 2):
            tg.create_task(worker(f"w{i}", queue), name=f"w{i}")
        await asyncio.sleep(0.5)
        log("main: stop")
        queue.shutdown()  # (2)!
    log(f"main: done {done}, still queued {queue.qsize()}")  # (3)!


asyncio.run(main())
