import asyncio


async def fetch():
    return "data"


async def main():
    loop = asyncio.get_running_loop()
    coro = fetch()
    try:
        loop.run_until_complete(coro)  # (1)!
    except RuntimeError as e:
        coro.close()
        print(f"{type(e).__name__}: {e}")
    print(f"await instead: {await fetch()}")  # (2)!


asyncio.run(main())
