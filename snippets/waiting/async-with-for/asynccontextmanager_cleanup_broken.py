import asyncio
import contextlib


@contextlib.asynccontextmanager
async def connection():
    print("open")
    yield "conn"
    print("close")  # (1)!


async def main():
    try:
        async with connection():
            raise ValueError("query failed")
    except ValueError as e:
        print(f"caught: {e}")


asyncio.run(main())
