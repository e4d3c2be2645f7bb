import asyncio

import aiofiles


async def main():
    async with aiofiles.open("data.txt", "w", encoding="utf-8", errors="strict", newline="") as f:
        await f.write("a\r\nb\n")

    async with aiofiles.open("data.txt", encoding="utf-8") as f:
        await f.read()
        print(f"text:  name={f.name!r} mode={f.mode!r} closed={f.closed}")
        print(f"       encoding={f.encoding!r} errors={f.errors!r}")
        print(f"       newlines={f.newlines!r} line_buffering={f.line_buffering}")  # (1)!
        print(f"       buffer={type(f.buffer).__name__} fileno={type(f.fileno()).__name__}")  # (2)!
    print(f"       after the block: closed={f.closed}")

    async with aiofiles.open("data.txt", "rb") as f:
        print(f"rb:    name={f.name!r} mode={f.mode!r} raw={type(f.raw).__name__}")
        print(f"       has encoding: {hasattr(f, 'encoding')}")  # (3)!


asyncio.run(main())
