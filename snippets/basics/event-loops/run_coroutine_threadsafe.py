import asyncio
import concurrent.futures
import threading


async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b


async def fail():
    raise ValueError("bad input")


loop = asyncio.new_event_loop()
thread = threading.Thread(target=loop.run_forever)  # (1)!
thread.start()

future = asyncio.run_coroutine_threadsafe(add(2, 3), loop)  # (2)!
print(f"concurrent.futures.Future: {isinstance(future, concurrent.futures.Future)}")
print(f"result: {future.result(timeout=1)}")  # (3)!

future = asyncio.run_coroutine_threadsafe(fail(), loop)
try:
    future.result(timeout=1)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")  # (4)!

loop.call_soon_threadsafe(loop.stop)  # (5)!
thread.join()
loop.close()
