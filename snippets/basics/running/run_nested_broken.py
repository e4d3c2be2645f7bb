import asyncio


async def fetch():
    await asyncio.sleep(0.1)
    return "data"


async def main():
    coro = fetch()
    try:
        return asyncio.run(coro)  # (1)!
    except RuntimeError as e:
        coro.close()  # (2)!
        print(f"{type(e).__name__}: {e}")


asyncio.run(main())
