import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


def callback(label):
    print(f"{label} sees {request_id.get()}")
    request_id.set(f"set by {label}")


async def main():
    loop = asyncio.get_running_loop()
    request_id.set("req-1")
    loop.call_soon(callback, "call_soon")  # (1)!
    loop.call_later(0.1, callback, "call_later")
    loop.call_at(loop.time() + 0.1, callback, "call_at")
    request_id.set("req-2")  # (2)!
    await asyncio.sleep(0.2)
    print(f"main sees {request_id.get()}")  # (3)!

    ctx = contextvars.Context()
    loop.call_soon(callback, "first", context=ctx)  # (4)!
    loop.call_soon(callback, "second", context=ctx)
    await asyncio.sleep(0)
    print(f"ctx holds {ctx[request_id]}")


asyncio.run(main())
