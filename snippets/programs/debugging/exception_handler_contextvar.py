import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


def handler(loop, context):
    print(f"{context['message']}: {context['exception']!r}, request_id={request_id.get()}")  # (1)!


async def handle(rid):
    request_id.set(rid)
    raise ValueError("bad input")


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(handle("req-1"))
    asyncio.create_task(handle("req-2"))
    await asyncio.sleep(0.1)
    print(f"main: request_id={request_id.get()}")  # (2)!


asyncio.run(main())
