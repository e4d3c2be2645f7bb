import asyncio


async def job():
    await asyncio.sleep(0.1)
    return "done"


async def main():
    coro = job()
    try:
        await asyncio.wait([coro])  # (1)!
    except TypeError as e:
        print(f"{type(e).__name__}: {e}")
        coro.close()  # (2)!


asyncio.run(main())
