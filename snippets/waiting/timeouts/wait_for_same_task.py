import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id")


async def handler():
    request_id.set("set by handler")
    await asyncio.sleep(0.1)
    return asyncio.current_task()


async def main():
    request_id.set("set by main")
    task = await asyncio.wait_for(handler(), timeout=1)
    print(f"handler ran in the caller's task: {task is asyncio.current_task()}")  # (1)!
    print(f"request_id in main: {request_id.get()}")  # (2)!


asyncio.run(main())
