import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import aiofiles


class CountingPool(ThreadPoolExecutor):
    calls = 0

    def submit(self, fn, /, *args, **kwargs):
        CountingPool.calls += 1  # (1)!
        return super().submit(fn, *args, **kwargs)


async def hops(label, coro):
    CountingPool.calls = 0
    lines = await coro
    print(f"{label:30} {len(lines)} lines, thread hops: {CountingPool.calls}")


async def by_line():
    async with aiofiles.open("big.txt", encoding="utf-8") as f:
        return [line async for line in f]  # (2)!


async def whole():
    async with aiofiles.open("big.txt", encoding="utf-8") as f:
        return (await f.read()).splitlines(keepends=True)  # (3)!


async def in_chunks():
    data = bytearray()
    async with aiofiles.open("big.txt", "rb") as f:
        while chunk := await f.read(4096):  # (4)!
            data += chunk
    return data.decode("utf-8").splitlines(keepends=True)


def read_lines_sync():
    with open("big.txt", encoding="utf-8") as f:
        return f.readlines()


async def main():
    asyncio.get_running_loop().set_default_executor(CountingPool())
    Path("big.txt").write_text("".join(f"line {i:04}\n" for i in range(1000)), encoding="utf-8")

    await hops("async for line in f", by_line())
    await hops("await f.read()", whole())
    await hops("await f.read(4096) in a loop", in_chunks())
    await hops("asyncio.to_thread(...)", asyncio.to_thread(read_lines_sync))  # (5)!


asyncio.run(main())
