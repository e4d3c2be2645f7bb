# Python 3.13+
import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def worker(name, queue):
    while True:
        try:
            job = await queue.get()
        except asyncio.QueueShutDown:  # (1)!
            log(f"{name}: queue shut down and empty, exiting")
            return
        await asyncio.sleep(0.4)
        log(f"{name}: finished {job}")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for job in ("a", "b", "c", "d", "e"):
        queue.put_nowait(job)
    stop = asyncio.Event()
    asyncio.get_running_loop().call_later(0.5, stop.set)  # (2)!
    async with asyncio.TaskGroup() as tg:
        for name in ("w1", "w2"):
            tg.create_task(worker(name, queue))
        await stop.wait()
        queue.shutdown()  # (3)!
        log(f"main: stop, shutdown(); jobs queued: {queue.qsize()}")
        try:
            queue.put_nowait("f")
        except asyncio.QueueShutDown:
            log("main: put_nowait('f') raised QueueShutDown")
    log("main: every worker has exited")  # (4)!


asyncio.run(main())
