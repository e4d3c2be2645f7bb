import asyncio
import functools


def fetch(url, *, timeout):
    return f"fetched {url} with timeout={timeout}"


async def main():
    loop = asyncio.get_running_loop()
    call = functools.partial(fetch, "/status", timeout=5)  # (1)!
    print(await loop.run_in_executor(None, call))
    print(await asyncio.to_thread(fetch, "/status", timeout=5))  # (2)!


asyncio.run(main())
