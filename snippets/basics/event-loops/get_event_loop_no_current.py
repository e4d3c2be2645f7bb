import asyncio
import threading


def try_get(where):
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print(f"{where}: {type(e).__name__}: {e}")


async def main():
    pass


asyncio.run(main())
try_get("after asyncio.run()")  # (1)!

thread = threading.Thread(target=try_get, args=("worker thread",), name="worker")
thread.start()
thread.join()  # (2)!
