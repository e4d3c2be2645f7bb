import asyncio
import threading
import time

start = time.perf_counter()
handles = []


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


def sensor(loop, event):
    time.sleep(0.5)
    log("thread: call_soon_threadsafe(event.set)")
    handles.append(loop.call_soon_threadsafe(event.set))  # (1)!


async def waiter(event):
    log("waiter: waiting for the event")
    await event.wait()
    log("waiter: woke up")


async def heartbeat():
    await asyncio.sleep(2)
    log("heartbeat")


async def main():
    event = asyncio.Event()
    loop = asyncio.get_running_loop()
    threading.Thread(target=sensor, args=(loop, event)).start()
    await asyncio.gather(waiter(event), heartbeat())
    log(f"call_soon_threadsafe() returned {type(handles[0]).__name__}")  # (2)!


asyncio.run(main())
