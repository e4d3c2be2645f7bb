import asyncio
import os

import aiofiles.tempfile


async def main():
    async with aiofiles.tempfile.TemporaryFile() as f:  # (1)!
        await f.write(b"scratch data")
        await f.seek(0)
        print(f"TemporaryFile: {type(f).__name__}, mode={f.mode!r}, name is {type(f.name).__name__}")
        print(f"  read back: {await f.read()!r}")

    async with aiofiles.tempfile.NamedTemporaryFile("w+", suffix=".txt", encoding="utf-8") as f:  # (2)!
        path = f.name
        await f.write("named\n")
        await f.flush()
        print(f"NamedTemporaryFile: {type(f).__name__}, suffix ok: {path.endswith('.txt')}")
        print(f"  exists inside the block: {os.path.exists(path)}")
    print(f"  exists after the block: {os.path.exists(path)}")  # (3)!


asyncio.run(main())
