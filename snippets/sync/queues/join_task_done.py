import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def worker(name, queue):
    while True:
        seconds = await queue.get()
        await asyncio.sleep(seconds)
        log(f"{name}: finished a {seconds}s job")
        queue.task_done()  # (1)!


async def main():
    queue = asyncio.Queue()
    await queue.join()  # (2)!
    log("join() on a fresh queue returns at once")

    for seconds in (0.3, 0.1, 0.5, 0.2):
        queue.put_nowait(seconds)
    workers = [asyncio.create_task(worker(f"worker {i}", queue)) for i in (1, 2)]

    await queue.join()  # (3)!
    log(f"join() returned, qsize={queue.qsize()}")
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
