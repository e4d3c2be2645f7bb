import asyncio

import aiofiles


async def main():
    try:
        with aiofiles.open("data.txt", "w") as f:
            await f.write("hello\n")
    except TypeError as e:
        print(f"{type(e).__name__}: {e}")  # (1)!


asyncio.run(main())
