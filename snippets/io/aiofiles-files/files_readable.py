import asyncio

import aiofiles


async def main():
    async with aiofiles.open("data.txt", "w", encoding="utf-8") as f:
        print(f"text 'w': readable() -> {await f.readable()}")  # (1)!

    async with aiofiles.open("data.txt", "rb") as f:
        print(f"binary 'rb': readable() -> {f.readable()}")  # (2)!
        try:
            await f.readable()
        except TypeError as e:
            print(f"await on it: {type(e).__name__}: {e}")

    async with aiofiles.open("data.txt", "rb", buffering=0) as f:
        print(f"raw 'rb': readable() -> {f.readable()}")


asyncio.run(main())
