import asyncio
import queue
import time

start = time.perf_counter()
results = []


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def store(item, lock):
    async with lock:  # (1)!
        results.append(item)
        log(f"loop: stored {item}")
        return len(results)


def worker(jobs, loop, lock):
    while (item := jobs.get()) is not None:  # (2)!
        time.sleep(0.2)
        log(f"thread: processed {item}")
        coro = store(item * 10, lock)
        future = asyncio.run_coroutine_threadsafe(coro, loop)  # (3)!
        log(f"thread: store() returned {future.result()}")  # (4)!


async def main():
    jobs = queue.Queue()
    for item in (1, 2, 3, None):
        jobs.put(item)  # (5)!
    lock = asyncio.Lock()
    await asyncio.to_thread(worker, jobs, asyncio.get_running_loop(), lock)
    log(f"loop: results = {results}")


asyncio.run(main())
