import asyncio
import contextvars
import time

request_id = contextvars.ContextVar("request_id", default="-")


def blocking_work():
    time.sleep(0.5)
    return request_id.get()


async def main():
    request_id.set("req-1")
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(
        loop.run_in_executor(None, contextvars.copy_context().run, blocking_work),  # (1)!
        loop.run_in_executor(None, contextvars.copy_context().run, blocking_work),
    )
    print(results)


asyncio.run(main())
