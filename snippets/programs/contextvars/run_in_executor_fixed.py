import asyncio
import contextvars
import functools

request_id = contextvars.ContextVar("request_id", default="-")


def blocking_work(step):
    print(f"{step}: request_id={request_id.get()}")


async def main():
    request_id.set("req-1")
    loop = asyncio.get_running_loop()
    ctx = contextvars.copy_context()  # (1)!
    await loop.run_in_executor(None, ctx.run, blocking_work, "ctx.run")
    call = functools.partial(contextvars.copy_context().run, blocking_work, "partial")  # (2)!
    await loop.run_in_executor(None, call)


asyncio.run(main())
