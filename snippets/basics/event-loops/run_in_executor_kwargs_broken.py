import asyncio


def fetch(url, *, timeout):
    return f"fetched {url} with timeout={timeout}"


async def main():
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, fetch, "/status", timeout=5)  # (1)!
    except TypeError as e:
        print(f"{type(e).__name__}: {e}")


asyncio.run(main())
