import asyncio

import aiofiles


async def main():
    async with aiofiles.open("win.txt", "w", encoding="cp1251", newline="\r\n") as f:  # (1)!
        await f.write("Привет\n")

    async with aiofiles.open("win.txt", "rb") as f:
        print(f"bytes: {await f.read()!r}")

    async with aiofiles.open("win.txt", encoding="utf-8") as f:
        try:
            await f.read()
        except UnicodeDecodeError as e:  # (2)!
            print(f"{type(e).__name__}: {e.reason}")

    async with aiofiles.open("win.txt", encoding="utf-8", errors="replace") as f:
        print(f"errors='replace': {await f.read()!r}")

    async with aiofiles.open("win.txt", encoding="cp1251") as f:
        print(f"cp1251: {await f.read()!r}")  # (3)!

    async with aiofiles.open("win.txt", encoding="cp1251", newline="") as f:
        print(f"newline='': {await f.read()!r}")


asyncio.run(main())
