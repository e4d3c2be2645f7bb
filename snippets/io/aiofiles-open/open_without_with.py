import asyncio

import aiofiles


async def main():
    f = await aiofiles.open("data.txt", "w", encoding="utf-8")  # (1)!
    try:
        await f.write("saved\n")
    finally:
        await f.close()  # (2)!
    print(f"closed: {f.closed}")

    f = await aiofiles.open("data.txt", encoding="utf-8")
    print(f"read: {await f.read()!r}")
    await f.close()


asyncio.run(main())
