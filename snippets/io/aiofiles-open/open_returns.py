import asyncio
import inspect

import aiofiles


async def main():
    print(f"coroutine function: {inspect.iscoroutinefunction(aiofiles.open)}")
    opening = aiofiles.open("missing.txt")  # (1)!
    print(f"returned: {type(opening).__name__}")
    print(f"awaitable: {inspect.isawaitable(opening)}")
    print(f"async context manager: {hasattr(opening, '__aenter__')}")
    try:
        await opening  # (2)!
    except FileNotFoundError as e:
        print(f"{type(e).__name__}: {e}")


asyncio.run(main())
