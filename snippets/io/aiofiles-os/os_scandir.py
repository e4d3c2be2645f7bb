import asyncio

import aiofiles
import aiofiles.os


async def main():
    await aiofiles.os.mkdir("sub")
    for name in ["b.txt", "a.txt"]:
        async with aiofiles.open(name, "w") as f:
            await f.write(name)

    entries = await aiofiles.os.scandir(".")  # (1)!
    print(f"scandir returned: {type(entries).__name__}")
    with entries:  # (2)!
        for entry in sorted(entries, key=lambda e: e.name):
            size = entry.stat().st_size if entry.is_file() else "-"
            print(f"  {entry.name:6} is_file={entry.is_file()} size={size}")


asyncio.run(main())
