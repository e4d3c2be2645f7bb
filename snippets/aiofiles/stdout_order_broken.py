import asyncio

import aiofiles


async def main():
    print("1. print")
    await aiofiles.stdout_bytes.write(b"2. stdout_bytes\n")  # (1)!
    print("3. print")


asyncio.run(main())
