import asyncio
import os

import aiofiles
import aiofiles.os


async def main():
    async with aiofiles.open("source.bin", "wb") as f:
        await f.write(b"0123456789" * 1000)

    async with aiofiles.open("source.bin", "rb") as src, aiofiles.open("copy.bin", "wb") as dst:
        size = (await aiofiles.os.stat("source.bin")).st_size
        offset = 0
        while offset < size:
            sent = await aiofiles.os.sendfile(dst.fileno(), src.fileno(), offset, size - offset)  # (1)!
            offset += sent
    print(f"copied {offset} bytes, same size: {os.path.getsize('copy.bin') == size}")

    fs = await aiofiles.os.statvfs(".")  # (2)!
    print(f"statvfs: {type(fs).__name__}, f_bsize > 0: {fs.f_bsize > 0}")


asyncio.run(main())
