import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def waiter(n, event):
    await event.wait()
    log(f"waiter {n} woke up, is_set() = {event.is_set()}")  # (2)!


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, event)) for n in (1, 2)]
    await asyncio.sleep(0.5)
    event.set()
    event.clear()  # (1)!
    log("main called set() and clear()")
    await asyncio.gather(*tasks)
    late = asyncio.create_task(waiter(3, event))
    await asyncio.sleep(0.5)
    log(f"waiter 3 done: {late.done()}")  # (3)!
    event.set()
    await late


asyncio.run(main())
