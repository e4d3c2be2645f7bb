import asyncio
import contextvars
import threading

request_id = contextvars.ContextVar("request_id", default="-")


def blocking_work():
    in_thread = threading.current_thread() is not threading.main_thread()
    print(f"in another thread: {in_thread}, request_id={request_id.get()}")  # (1)!
    request_id.set("set in thread")


async def main():
    request_id.set("req-1")
    await asyncio.to_thread(blocking_work)
    print(f"main: request_id={request_id.get()}")  # (2)!


asyncio.run(main())
