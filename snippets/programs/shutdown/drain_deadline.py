import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def worker(name, queue):
    while True:
        job = await queue.get()
        try:
            await asyncio.sleep(0.4)
            log(f"{name}: finished {job}")
        except asyncio.CancelledError:
            log(f"{name}: cancelled during {job}")  # (3)!
            raise
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    for job in "abcdefghi":
        queue.put_nowait(job)
    workers = [asyncio.create_task(worker(name, queue)) for name in ("w1", "w2")]
    await asyncio.sleep(0.5)
    log(f"main: stop; jobs queued: {queue.qsize()}, 1.0 s to finish them")
    try:
        async with asyncio.timeout(1.0):  # (1)!
            await queue.join()
    except TimeoutError:
        log(f"main: deadline passed; jobs never started: {queue.qsize()}")  # (2)!
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    log("main: every worker has exited")


asyncio.run(main())
