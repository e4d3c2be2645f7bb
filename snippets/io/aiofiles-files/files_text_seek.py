import asyncio
import io

import aiofiles


async def main():
    async with aiofiles.open("text.txt", "w", encoding="utf-8") as f:
        await f.write("Привет\nworld\n")

    async with aiofiles.open("text.txt", encoding="utf-8") as f:
        line = await f.readline()
        position = await f.tell()  # (1)!
        print(f"after {line!r}: tell() -> {position}")
        print(f"read() -> {await f.read()!r}")
        await f.seek(position)  # (2)!
        print(f"after seek({position}): read(3) -> {await f.read(3)!r}")
        try:
            await f.seek(-3, io.SEEK_CUR)  # (3)!
        except io.UnsupportedOperation as e:
            print(f"seek(-3, SEEK_CUR): {type(e).__name__}: {e}")
        await f.seek(1)
        try:
            await f.read()
        except UnicodeDecodeError as e:  # (4)!
            print(f"seek(1), read(): {type(e).__name__}: {e.reason}")


asyncio.run(main())
