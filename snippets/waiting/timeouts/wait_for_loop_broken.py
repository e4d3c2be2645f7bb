import asyncio


async def fetch():
    await asyncio.sleep(0.1)
    return "data"


async def main():
    coro = fetch()
    try:
        await asyncio.wait_for(coro, 1, loop=asyncio.get_running_loop())  # (1)!
    except TypeError as e:
        coro.close()  # (2)!
        print(f"{type(e).__name__}: {e}")

    coro = fetch()
    try:
        await asyncio.wait_for(coro)  # (3)!
    except TypeError as e:
        coro.close()
        print(f"{type(e).__name__}: {e}")


asyncio.run(main())
