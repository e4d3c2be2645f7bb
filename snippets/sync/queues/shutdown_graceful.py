# Python 3.13+
import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def consumer(queue):
    while True:
        try:
            item = await queue.get()
        except asyncio.QueueShutDown:  # (1)!
            log("consumer: QueueShutDown, exiting")
            return
        log(f"consumer: got {item}")
        await asyncio.sleep(0.5)
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for item in ("a", "b", "c"):
        queue.put_nowait(item)
    task = asyncio.create_task(consumer(queue))
    await asyncio.sleep(0.2)

    queue.shutdown()  # (2)!
    log(f"shutdown(), qsize={queue.qsize()}")
    try:
        queue.put_nowait("d")
    except asyncio.QueueShutDown:
        log("put_nowait('d'): QueueShutDown")  # (3)!
    try:
        await queue.put("d")
    except asyncio.QueueShutDown:
        log("put('d'): QueueShutDown")

    await queue.join()
    log("join() returned")
    await task
    try:
        queue.get_nowait()
    except asyncio.QueueShutDown:
        log("get_nowait() on the empty queue: QueueShutDown")  # (4)!


asyncio.run(main())
