import asyncio
import contextvars
import threading

request_id = contextvars.ContextVar("request_id", default="-")


def callback(label, ran):
    print(f"{label}: callback sees {request_id.get()}")
    request_id.set("set by callback")
    ran.set()


def schedule(loop, label, context=None):
    ran = threading.Event()
    loop.call_soon_threadsafe(callback, label, ran, context=context)
    ran.wait()
    print(f"{label}: the thread still sees {request_id.get()}")  # (1)!


async def main():
    loop = asyncio.get_running_loop()
    request_id.set("req-1")
    await asyncio.to_thread(schedule, loop, "to_thread")  # (2)!

    thread = threading.Thread(target=schedule, args=(loop, "Thread"))  # (3)!
    thread.start()
    await asyncio.to_thread(thread.join)

    ctx = contextvars.copy_context()
    thread = threading.Thread(target=schedule, args=(loop, "context=ctx", ctx))  # (4)!
    thread.start()
    await asyncio.to_thread(thread.join)
    print(f"ctx holds {ctx[request_id]}, main sees {request_id.get()}")


asyncio.run(main())
