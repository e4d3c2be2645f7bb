import asyncio
import time

start = time.perf_counter()
done = []


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def worker(name, queue):
    while True:
        job = await queue.get()
        try:
            await asyncio.sleep(0.4)
            done.append(job)
        except asyncio.CancelledError:
            log(f"{name}: cancelled during {job}")
            raise
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    for job in "abcdef":
        queue.put_nowait(job)
    workers = [asyncio.create_task(worker(f"w{i}", queue), name=f"w{i}") for i in (1, 2)]
    await asyncio.sleep(0.5)
    log("main: stop")
    await queue.join()  # (1)!
    log("main: queue drained")
    for task in workers:  # (2)!
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    log(f"main: done {done}, still queued {queue.qsize()}")


asyncio.run(main())
