# Python 3.12+
import asyncio
import os

import aiofiles.tempfile


async def main():
    async with aiofiles.tempfile.NamedTemporaryFile("w", delete_on_close=False) as f:  # (1)!
        await f.write("config = 1\n")
        await f.close()
        print(f"closed: {f.closed}, exists: {os.path.exists(f.name)}")
        with open(f.name) as again:  # (2)!
            print(f"reopened: {again.read()!r}")
    print(f"after the block: exists: {os.path.exists(f.name)}")  # (3)!


asyncio.run(main())
