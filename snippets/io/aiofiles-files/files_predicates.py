import asyncio

import aiofiles


async def main():
    async with aiofiles.open("data.txt", "w", encoding="utf-8") as f:
        await f.write("x")

    for mode in ["r", "a", "rb", "r+b", "wb"]:
        encoding = None if "b" in mode else "utf-8"
        async with aiofiles.open("data.txt", mode, encoding=encoding) as f:
            writable = await f.writable()  # (1)!
            seekable = await f.seekable()
            isatty = await f.isatty()
            print(f"{mode!r:5} writable={writable!s:5} seekable={seekable} isatty={isatty}")


asyncio.run(main())
