import asyncio

import aiofiles


async def main():
    async with aiofiles.open("data.txt", "w", encoding="utf-8") as f:
        await f.write("hello world\n")

    async with aiofiles.open("data.txt", encoding="utf-8") as f:
        try:
            await f.read(size=5)  # (1)!
        except TypeError as e:
            print(f"read(size=5): {type(e).__name__}: {e}")
        print(f"read(5): {await f.read(5)!r}")  # (2)!
        try:
            await f.read1(5)  # (3)!
        except AttributeError as e:
            print(f"read1(5): {type(e).__name__}: {e}")


asyncio.run(main())
