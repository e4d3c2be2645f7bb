import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(0.1, loop=loop)  # (1)!
    except TypeError as e:
        print(f"{type(e).__name__}: {e}")


asyncio.run(main())
