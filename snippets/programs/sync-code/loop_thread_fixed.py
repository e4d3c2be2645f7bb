import asyncio
import threading
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s [{threading.current_thread().name}] {msg}")


class LoopThread:  # (1)!
    def __init__(self):
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="loop")

    def start(self):
        started = threading.Event()
        self.loop.call_soon(started.set)  # (2)!
        self._thread.start()
        started.wait()

    def submit(self, coro):
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def run(self, coro, timeout=None):
        return self.submit(coro).result(timeout)  # (3)!

    def stop(self):
        self.run(_shutdown(), timeout=1)  # (4)!
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join()
        self.loop.close()


async def _shutdown():
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    loop = asyncio.get_running_loop()
    await loop.shutdown_asyncgens()
    await loop.shutdown_default_executor()


async def heartbeat():
    try:
        while True:
            await asyncio.sleep(0.3)
            log("heartbeat")
    except asyncio.CancelledError:
        log("heartbeat: cancelled")
        raise


async def query(text):
    await asyncio.sleep(0.1)
    return text.upper()


bg = LoopThread()
bg.start()
beat = bg.submit(heartbeat())  # (5)!
time.sleep(0.7)  # (6)!
log("sync work done")
log(f"query: {bg.run(query('answer'), timeout=1)}")
bg.stop()
log(f"heartbeat cancelled: {beat.cancelled()}, loop closed: {bg.loop.is_closed()}")
