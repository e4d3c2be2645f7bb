import asyncio

import aiofiles

MODES = [("r", -1), ("w", -1), ("rb", -1), ("r+b", -1), ("wb", -1), ("ab", -1), ("rb", 0), ("wb", 0)]


async def main():
    async with aiofiles.open("data.txt", "w", encoding="utf-8") as f:
        await f.write("hello\n")

    for mode, buffering in MODES:
        encoding = None if "b" in mode else "utf-8"
        async with aiofiles.open("data.txt", mode, buffering=buffering, encoding=encoding) as f:
            wrapped = repr(f).split(" wrapping ")[1]  # (1)!
            print(f"{mode!r:5} buffering={buffering:<2} {type(f).__name__:19} {wrapped}")


asyncio.run(main())
