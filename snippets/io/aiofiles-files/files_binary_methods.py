import asyncio

import aiofiles


async def main():
    async with aiofiles.open("data.bin", "w+b") as f:
        print(type(f).__name__)
        print(f"write -> {await f.write(b'0123456789')}")  # (1)!
        print(f"seek(-4, 2) -> {await f.seek(-4, 2)}")  # (2)!
        print(f"read() -> {await f.read()!r}")
        print(f"seek(2) -> {await f.seek(2)}")
        print(f"peek() -> {await f.peek()!r}, tell -> {await f.tell()}")  # (3)!
        print(f"read1(3) -> {await f.read1(3)!r}")
        buffer = bytearray(4)
        print(f"readinto -> {await f.readinto(buffer)}, buffer -> {buffer!r}")  # (4)!
        print(f"truncate() -> {await f.truncate()}")  # (5)!
        await f.seek(0)
        print(f"read(100) -> {await f.read(100)!r}")


asyncio.run(main())
