import asyncio


def callback():
    print(f"in a callback: running={asyncio.get_running_loop().is_running()}")


async def main():
    loop = asyncio.get_running_loop()  # (1)!
    print(f"in a coroutine: running={loop.is_running()}")
    loop.call_soon(callback)
    await asyncio.sleep(0)


asyncio.run(main())

try:
    asyncio.get_running_loop()  # (2)!
except RuntimeError as e:
    print(f"outside: {type(e).__name__}: {e}")
