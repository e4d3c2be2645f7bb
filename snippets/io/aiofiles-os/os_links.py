import asyncio

import aiofiles
import aiofiles.os


async def main():
    async with aiofiles.open("target.txt", "w", encoding="utf-8") as f:
        await f.write("data")

    await aiofiles.os.symlink("target.txt", "soft.txt")
    await aiofiles.os.link("target.txt", "hard.txt")
    print(f"readlink: {await aiofiles.os.readlink('soft.txt')!r}")
    soft = await aiofiles.os.path.islink("soft.txt")
    hard = await aiofiles.os.path.islink("hard.txt")
    print(f"islink soft: {soft}, hard: {hard}")
    print(f"samefile: {await aiofiles.os.path.samefile('soft.txt', 'hard.txt')}")
    print(f"st_nlink: {(await aiofiles.os.stat('target.txt')).st_nlink}")

    await aiofiles.os.unlink("target.txt")  # (1)!
    print(f"soft exists: {await aiofiles.os.path.exists('soft.txt')}")
    print(f"hard exists: {await aiofiles.os.path.exists('hard.txt')}")
    await aiofiles.os.renames("hard.txt", "archive/2024/hard.txt")  # (2)!
    print(f"renames: {await aiofiles.os.listdir('archive/2024')}")


asyncio.run(main())
