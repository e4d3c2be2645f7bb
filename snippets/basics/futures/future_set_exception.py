import asyncio


async def main():
    future = asyncio.get_running_loop().create_future()
    future.set_exception(ConnectionError("refused"))  # (1)!
    print(f"done={future.done()}, cancelled={future.cancelled()}")
    print(f"exception(): {future.exception()!r}")  # (2)!
    try:
        future.result()  # (3)!
    except ConnectionError as e:
        print(f"result() raised {type(e).__name__}: {e}")
    try:
        await future
    except ConnectionError as e:
        print(f"await raised {type(e).__name__}: {e}")


asyncio.run(main())
