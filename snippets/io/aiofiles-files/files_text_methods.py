import asyncio

import aiofiles


async def main():
    async with aiofiles.open("text.txt", "w+", encoding="utf-8") as f:
        n = await f.write("Привет\n")  # (1)!
        print(f"write -> {n}")
        result = await f.writelines(["one\n", "two\n", "three\n"])  # (2)!
        print(f"writelines -> {result}")
        print(f"tell -> {await f.tell()}")  # (3)!
        print(f"seek(0) -> {await f.seek(0)}")
        print(f"read(3) -> {await f.read(3)!r}")  # (4)!
        print(f"readline() -> {await f.readline()!r}")
        print(f"readline(2) -> {await f.readline(2)!r}")
        print(f"readlines() -> {await f.readlines()}")
        print(f"read() at the end -> {await f.read()!r}")
        print(f"seek(0, 2) -> {await f.seek(0, 2)}")  # (5)!
        print(f"truncate(17) -> {await f.truncate(17)}")  # (6)!
        print(f"seek(0) -> {await f.seek(0)}")
        print(f"read() -> {await f.read()!r}")
        print(f"flush() -> {await f.flush()}")
        print(f"close() -> {await f.close()}")


asyncio.run(main())
