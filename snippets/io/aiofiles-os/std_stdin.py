import asyncio
import io
import sys

import aiofiles


async def main():
    sys.stdin = io.StringIO("first\nsecond\nthird\n")  # (1)!
    print(f"readline: {await aiofiles.stdin.readline()!r}")  # (2)!
    async for line in aiofiles.stdin:
        print(f"async for: {line!r}")


asyncio.run(main())
