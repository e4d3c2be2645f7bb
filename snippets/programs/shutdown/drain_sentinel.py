import asyncio
import time

start = time.perf_counter()
STOP = object()  # (1)!


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def worker(name, queue):
    while True:
        job = await queue.get()
        if job is STOP:
            log(f"{name}: got STOP, exiting")
            return
        await asyncio.sleep(0.4)
        log(f"{name}: finished {job}")


async def main():
    queue = asyncio.Queue()
    for job in ("a", "b", "c", "d", "e"):
        queue.put_nowait(job)
    stop = asyncio.Event()
    asyncio.get_running_loop().call_later(0.5, stop.set)
    workers = [asyncio.create_task(worker(name, queue)) for name in ("w1", "w2")]
    await stop.wait()
    log(f"main: stop; jobs queued: {queue.qsize()}")
    for _ in workers:
        queue.put_nowait(STOP)  # (2)!
    await asyncio.gather(*workers)
    log("main: every worker has exited")


asyncio.run(main())
