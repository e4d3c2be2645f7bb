import asyncio
import threading
import time

start = time.monotonic()


def log(msg):
    print(f"t={time.monotonic() - start:.1f}s {msg}")


def worker(loop, future, handles):
    time.sleep(0.2)
    log("worker: result ready")
    handles.append(loop.call_soon_threadsafe(future.set_result, 42))  # (1)!


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    loop.call_later(1.0, log, "loop: timer")  # (2)!
    handles = []
    thread = threading.Thread(target=worker, args=(loop, future, handles))
    thread.start()
    log(f"main: got {await future}")
    thread.join()
    log(f"call_soon_threadsafe() returned {type(handles[0]).__name__}")


asyncio.run(main())
