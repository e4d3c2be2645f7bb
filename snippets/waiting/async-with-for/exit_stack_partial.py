import asyncio
import contextlib


@contextlib.asynccontextmanager
async def connection(name):
    if name == "c":
        raise ConnectionError(f"cannot open {name}")  # (1)!
    print(f"open {name}")
    try:
        yield name
    finally:
        print(f"close {name}")


async def main():
    try:
        async with contextlib.AsyncExitStack() as stack:
            for name in ["a", "b", "c"]:
                await stack.enter_async_context(connection(name))
            print("never printed")
    except ConnectionError as e:
        print(f"caught: {e}")  # (2)!


asyncio.run(main())
