import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


async def handle(label):
    await asyncio.sleep(0.1)
    print(f"{label} sees {request_id.get()}")
    request_id.set(f"changed by {label}")


async def main():
    async with asyncio.TaskGroup() as tg:
        request_id.set("req-1")
        tg.create_task(handle("first"))  # (1)!
        request_id.set("req-2")
        tg.create_task(handle("second"))
        request_id.set("req-3")  # (2)!
    print(f"main sees {request_id.get()}")  # (3)!


asyncio.run(main())
