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
        except asyncio.QueueShutDown:
            log("consumer: QueueShutDown, exiting")
            return
        log(f"consumer: working on {item}")
        await asyncio.sleep(1)
        log(f"consumer: done with {item}")
        queue.task_done()  # (1)!


async def join(queue):
    await queue.join()
    log("join() returned")


async def main():
    queue = asyncio.Queue()
    for item in ("a", "b", "c", "d"):
        queue.put_nowait(item)
    tasks = [asyncio.create_task(consumer(queue)), asyncio.create_task(join(queue))]
    await asyncio.sleep(0.5)

    queue.shutdown(immediate=True)  # (2)!
    log(f"shutdown(immediate=True), qsize={queue.qsize()}")
    await asyncio.gather(*tasks)


asyncio.run(main())
