import asyncio

import aiofiles


async def main():
    async with aiofiles.open("data.txt", "w") as f:  # (1)!
        await f.write("hello\n")
    print(f"closed after the block: {f.closed}")  # (2)!


asyncio.run(main())
