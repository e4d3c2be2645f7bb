import asyncio
import inspect
import os
import stat

import aiofiles
import aiofiles.os

chmod = aiofiles.os.wrap(os.chmod)  # (1)!


async def main():
    print(f"aiofiles.os.chmod exists: {hasattr(aiofiles.os, 'chmod')}")
    async with aiofiles.open("script.sh", "w") as f:
        await f.write("echo hi\n")

    await chmod("script.sh", 0o700)
    mode = (await aiofiles.os.stat("script.sh")).st_mode
    print(f"mode after chmod: {stat.filemode(mode)}")

    print(f"signature(stat): {inspect.signature(aiofiles.os.stat)}")  # (2)!
    print(f"real signature:  {inspect.signature(aiofiles.os.stat, follow_wrapped=False)}")


asyncio.run(main())
