import asyncio
import contextlib


@contextlib.asynccontextmanager
async def connection():
    print("open")
    try:
        yield "conn"  # (1)!
    finally:
        print("close")  # (2)!


async def main():
    try:
        async with connection():
            raise ValueError("query failed")
    except ValueError as e:
        print(f"caught: {e}")


asyncio.run(main())
