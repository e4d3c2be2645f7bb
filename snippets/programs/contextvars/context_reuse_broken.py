import asyncio
import contextvars
import re
import time

request_id = contextvars.ContextVar("request_id", default="-")


def blocking_work():
    time.sleep(0.5)
    return request_id.get()


async def main():
    request_id.set("req-1")
    loop = asyncio.get_running_loop()
    ctx = contextvars.copy_context()  # (1)!
    results = await asyncio.gather(
        loop.run_in_executor(None, ctx.run, blocking_work),
        loop.run_in_executor(None, ctx.run, blocking_work),
        return_exceptions=True,
    )
    for result in sorted(map(repr, results)):  # (2)!
        print(re.sub(r"0x[0-9a-f]+", "0x…", result))


asyncio.run(main())
