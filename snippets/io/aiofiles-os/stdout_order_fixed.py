import asyncio

import aiofiles


async def main():
    print("1. print")
    await aiofiles.stdout.flush()  # (1)!
    await aiofiles.stdout_bytes.write(b"2. stdout_bytes\n")
    await aiofiles.stdout_bytes.flush()  # (2)!
    print("3. print")


asyncio.run(main())
