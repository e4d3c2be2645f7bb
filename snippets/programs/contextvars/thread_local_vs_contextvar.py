import asyncio
import contextvars
import threading

local = threading.local()
request_id = contextvars.ContextVar("request_id", default="-")


async def handle(rid, delay):
    local.request_id = rid  # (1)!
    request_id.set(rid)
    await asyncio.sleep(delay)
    print(f"{rid}: threading.local={local.request_id}, ContextVar={request_id.get()}")


async def main():
    local.request_id = "main"
    request_id.set("main")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(handle("req-1", 0.2))
        tg.create_task(handle("req-2", 0.1))
    print(f"main: threading.local={local.request_id}, ContextVar={request_id.get()}")

    def in_thread():
        print(f"thread: threading.local set={hasattr(local, 'request_id')}, ContextVar={request_id.get()}")

    await asyncio.to_thread(in_thread)  # (2)!


asyncio.run(main())
