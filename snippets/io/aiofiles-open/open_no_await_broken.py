import asyncio

import aiofiles


async def read_config():
    f = aiofiles.open("config.txt", encoding="utf-8")  # (1)!
    return await f.read()


async def main():
    with open("config.txt", "w", encoding="utf-8") as f:
        f.write("debug = true\n")
    try:
        print(await read_config())  # (2)!
    except AttributeError as e:
        print(f"{type(e).__name__}: {e}")


asyncio.run(main())
