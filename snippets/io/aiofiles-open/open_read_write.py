import asyncio

import aiofiles


async def main():
    async with aiofiles.open("notes.txt", "w", encoding="utf-8") as f:  # (1)!
        written = await f.write("first line\nвторая строка\n")  # (2)!
        print(f"write returned {written}")

    async with aiofiles.open("notes.txt", encoding="utf-8") as f:
        text = await f.read()
    print(f"read returned {text!r}")

    async with aiofiles.open("notes.txt", "rb") as f:
        data = await f.read()  # (3)!
    print(f"read in 'rb' returned {len(data)} bytes: {data[:11]!r}...")


asyncio.run(main())
