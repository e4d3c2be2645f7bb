import asyncio


async def fetch():
    await asyncio.sleep(0.1)
    return "data"


async def main():
    coro = fetch()
    print(await coro)
    try:
        await coro  # (1)!
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
    print(await fetch())  # (2)!
    task = asyncio.create_task(fetch())
    print(await task, await task)  # (3)!


asyncio.run(main())
