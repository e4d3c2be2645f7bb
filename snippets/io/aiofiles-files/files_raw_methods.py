import asyncio

import aiofiles


async def main():
    async with aiofiles.open("data.bin", "wb", buffering=0) as f:
        print(type(f).__name__)
        print(f"write -> {await f.write(b'abcdef')}")  # (1)!

    async with aiofiles.open("data.bin", "rb", buffering=0) as f:
        print(f"read(4) -> {await f.read(4)!r}")
        print(f"readall() -> {await f.readall()!r}")  # (2)!
        print(f"read(4) at the end -> {await f.read(4)!r}")
        try:
            await f.read1(4)
        except AttributeError as e:  # (3)!
            print(f"{type(e).__name__}: {e}")


asyncio.run(main())
