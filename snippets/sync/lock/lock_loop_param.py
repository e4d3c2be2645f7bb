import asyncio


async def main():
    try:
        asyncio.Lock(loop=asyncio.get_running_loop())  # (1)!
    except TypeError as e:
        print(f"TypeError: {e}")
    lock = asyncio.Lock()  # (2)!
    print(f"locked() = {lock.locked()}")


asyncio.run(main())
