import asyncio
import contextvars
from concurrent.futures import ThreadPoolExecutor

request_id = contextvars.ContextVar("request_id", default="-")


def remember(rid):
    request_id.set(rid)


def report():
    return request_id.get()


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=1) as pool:  # (1)!
        ctx = contextvars.copy_context()
        await loop.run_in_executor(pool, ctx.run, remember, "req-1")  # (2)!
        print(f"after ctx.run, the next job sees {await loop.run_in_executor(pool, report)}")

        await loop.run_in_executor(pool, remember, "req-2")  # (3)!
        print(f"after a plain job, the next job sees {await loop.run_in_executor(pool, report)}")


asyncio.run(main())
