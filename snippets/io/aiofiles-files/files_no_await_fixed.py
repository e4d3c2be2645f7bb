import asyncio
import io

import aiofiles


async def main():
    async with aiofiles.open("data.txt", "w", encoding="utf-8") as f:
        await f.write("original\n")

    async with aiofiles.open("data.txt", encoding="utf-8") as f:
        if await f.writable():  # (1)!
            try:
                await f.write("more\n")
            except io.UnsupportedOperation as e:
                print(f"{type(e).__name__}: {e}")
        else:
            print("read-only: nothing written")


asyncio.run(main())
