import asyncio


async def main():
    future = asyncio.get_running_loop().create_future()
    future.cancel()
    try:
        await future  # (1)!
    except asyncio.CancelledError as e:
        print(f"await: {type(e).__name__}, is an Exception: {isinstance(e, Exception)}")  # (2)!
    try:
        future.exception()  # (3)!
    except asyncio.CancelledError as e:
        print(f"exception(): {type(e).__name__}")


asyncio.run(main())
