import asyncio

import aiofiles


async def main():
    async with aiofiles.open("data.txt", "w", encoding="utf-8") as f:
        await f.write("hello\n")
    print(f"closed: {f.closed}")
    try:
        await f.write("more\n")  # (1)!
    except ValueError as e:
        print(f"write after the block: {type(e).__name__}: {e}")
    print(f"close() again -> {await f.close()}")  # (2)!


asyncio.run(main())
