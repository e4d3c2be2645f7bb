import asyncio
import threading
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


def sensor(loop, queue):
    time.sleep(0.5)
    log("thread: call_soon_threadsafe(put_nowait, 42)")
    loop.call_soon_threadsafe(queue.put_nowait, 42)  # (1)!


async def reader(queue):
    log("reader: waiting")
    item = await queue.get()
    log(f"reader: got {item}")


async def heartbeat():
    await asyncio.sleep(2)
    log("heartbeat")


async def main():
    queue = asyncio.Queue()
    loop = asyncio.get_running_loop()
    threading.Thread(target=sensor, args=(loop, queue)).start()
    await asyncio.gather(reader(queue), heartbeat())


asyncio.run(main())
