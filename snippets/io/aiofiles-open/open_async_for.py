import asyncio

import aiofiles


async def main():
    async with aiofiles.open("log.txt", "w", encoding="utf-8") as f:
        await f.writelines(["start\n", "step 1\n", "step 2\n", "stop"])

    async with aiofiles.open("log.txt", encoding="utf-8") as f:
        async for line in f:  # (1)!
            print(repr(line))

    async with aiofiles.open("log.txt", "rb") as f:
        print([line async for line in f])  # (2)!


asyncio.run(main())
