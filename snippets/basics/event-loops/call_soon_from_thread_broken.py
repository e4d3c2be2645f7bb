import asyncio
import threading
import time

start = time.monotonic()


def log(msg):
    print(f"t={time.monotonic() - start:.1f}s {msg}")


def worker(loop, future):
    time.sleep(0.2)
    log("worker: result ready")
    loop.call_soon(future.set_result, 42)  # (1)!


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    loop.call_later(1.0, log, "loop: timer")  # (2)!
    thread = threading.Thread(target=worker, args=(loop, future))
    thread.start()
    log(f"main: got {await future}")
    thread.join()


asyncio.run(main())
