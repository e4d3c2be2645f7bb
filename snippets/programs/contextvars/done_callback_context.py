import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


async def handle():
    request_id.set("req-1")
    await asyncio.sleep(0.1)
    return request_id.get()


def on_done(task):
    print(f"done callback sees {request_id.get()}")  # (1)!
    print(f"the task returned {task.result()}")  # (2)!
    request_id.set("set by callback")


async def main():
    request_id.set("main")
    task = asyncio.create_task(handle())
    task.add_done_callback(on_done)
    await task
    await asyncio.sleep(0)
    print(f"main sees {request_id.get()}")


asyncio.run(main())
