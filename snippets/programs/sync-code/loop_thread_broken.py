import asyncio
import threading


async def fetch():
    await asyncio.sleep(0.1)
    return "data"


loop = asyncio.new_event_loop()
started = threading.Event()
loop.call_soon(started.set)
thread = threading.Thread(target=loop.run_forever)
thread.start()
started.wait()  # (1)!

coro = fetch()
try:
    loop.run_until_complete(coro)  # (2)!
except RuntimeError as e:
    coro.close()
    print(f"{type(e).__name__}: {e}")

loop.call_soon_threadsafe(loop.stop)
thread.join()
loop.close()
