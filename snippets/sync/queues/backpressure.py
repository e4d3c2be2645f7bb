import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def producer(queue):
    for item in range(1, 6):
        await queue.put(item)  # (1)!
        log(f"producer: put {item}, qsize={queue.qsize()}")


async def consumer(queue):
    while True:
        item = await queue.get()
        log(f"consumer: got {item}")
        await asyncio.sleep(0.5)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    worker = asyncio.create_task(consumer(queue))
    await producer(queue)
    log("producer: done")  # (2)!
    await queue.join()
    log("all items processed")
    worker.cancel()


asyncio.run(main())
