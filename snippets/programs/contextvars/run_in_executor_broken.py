import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


def blocking_work(step):
    print(f"{step}: request_id={request_id.get()}")


async def main():
    request_id.set("req-1")
    loop = asyncio.get_running_loop()
    await asyncio.to_thread(blocking_work, "to_thread")
    await loop.run_in_executor(None, blocking_work, "run_in_executor")  # (1)!


asyncio.run(main())
