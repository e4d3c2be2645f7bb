import asyncio

import aiofiles


async def main():
    try:
        async with await aiofiles.open("data.txt", "w") as f:  # (1)!
            await f.write("hello\n")
    except TypeError as e:
        print(f"{type(e).__name__}: {e}")


asyncio.run(main())
