import asyncio
import os

import aiofiles
import aiofiles.os


async def main():
    await aiofiles.os.makedirs("data/2024/logs", exist_ok=True)  # (1)!
    await aiofiles.os.mkdir("data/tmp")
    async with aiofiles.open("data/report.txt", "w", encoding="utf-8") as f:
        await f.write("x" * 100)

    print(f"listdir: {sorted(await aiofiles.os.listdir('data'))}")  # (2)!
    info = await aiofiles.os.stat("data/report.txt")
    print(f"stat: st_size={info.st_size}")
    print(f"getsize: {await aiofiles.os.path.getsize('data/report.txt')}")
    print(f"exists: {await aiofiles.os.path.exists('data/report.txt')}")
    print(f"isfile: {await aiofiles.os.path.isfile('data')}, isdir: {await aiofiles.os.path.isdir('data')}")
    print(f"access R_OK: {await aiofiles.os.access('data/report.txt', os.R_OK)}")
    print(f"getcwd == os.getcwd(): {await aiofiles.os.getcwd() == os.getcwd()}")

    await aiofiles.os.rename("data/report.txt", "data/tmp/report.txt")
    await aiofiles.os.replace("data/tmp/report.txt", "data/final.txt")  # (3)!
    print(f"after rename/replace: {sorted(await aiofiles.os.listdir('data'))}")

    await aiofiles.os.remove("data/final.txt")
    await aiofiles.os.rmdir("data/tmp")
    await aiofiles.os.removedirs("data/2024/logs")  # (4)!
    print(f"data exists: {await aiofiles.os.path.exists('data')}")

    try:
        await aiofiles.os.remove("data/final.txt")
    except FileNotFoundError as e:  # (5)!
        print(f"{type(e).__name__}: {e}")


asyncio.run(main())
