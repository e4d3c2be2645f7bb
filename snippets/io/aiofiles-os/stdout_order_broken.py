import asyncio
import sys

import aiofiles

sys.stdout.reconfigure(line_buffering=False, write_through=False)  # (1)!


async def main():
    print("1. print")
    await aiofiles.stdout_bytes.write(b"2. stdout_bytes\n")  # (2)!
    print("3. print")


asyncio.run(main())
