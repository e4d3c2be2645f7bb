import asyncio
import threading
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


def sensor(event):
    time.sleep(0.5)
    log("thread: event.set()")
    event.set()  # (1)!


async def waiter(event):
    log("waiter: waiting for the event")
    await event.wait()
    log("waiter: woke up")  # (2)!


async def heartbeat():
    await asyncio.sleep(2)
    log("heartbeat")  # (3)!


async def main():
    event = asyncio.Event()
    threading.Thread(target=sensor, args=(event,)).start()
    await asyncio.gather(waiter(event), heartbeat())


asyncio.run(main())
