import asyncio
import time

start = time.monotonic()


def log(msg):
    print(f"t={time.monotonic() - start:.1f}s {msg}")


async def slow():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        log("slow(): cancelled")  # (1)!
        raise


def worker(loop):
    future = asyncio.run_coroutine_threadsafe(slow(), loop)
    try:
        future.result(timeout=0.5)  # (2)!
    except TimeoutError:
        log("worker: TimeoutError")
    future.cancel()  # (3)!


async def main():
    await asyncio.to_thread(worker, asyncio.get_running_loop())  # (4)!
    log("main: worker finished")


asyncio.run(main())
