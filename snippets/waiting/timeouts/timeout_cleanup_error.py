import asyncio


async def main():
    try:
        async with asyncio.timeout(0.5):
            try:
                await asyncio.sleep(10)
            finally:
                raise RuntimeError("cleanup failed")  # (1)!
    except RuntimeError as e:
        print(f"caught: {e!r}")
        chain = []
        while e.__context__ is not None:
            e = e.__context__
            chain.append(type(e).__name__)
        print(f"context chain: {' -> '.join(chain)}")  # (2)!


asyncio.run(main())
