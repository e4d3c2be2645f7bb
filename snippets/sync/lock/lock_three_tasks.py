import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def my_task(task_id, lock):
    log(f"task {task_id} waits for the lock")
    await lock.acquire()
    try:
        log(f"task {task_id} got the lock")
        await asyncio.sleep(2)
    finally:
        log(f"task {task_id} releases the lock")
        lock.release()  # (2)!


async def main():
    lock = asyncio.Lock()  # (1)!
    tasks = [asyncio.create_task(my_task(i, lock)) for i in range(3)]
    await asyncio.gather(*tasks)
    log("all done")  # (3)!


asyncio.run(main())
