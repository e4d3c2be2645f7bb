import asyncio
import inspect

import aiofiles.tempfile


async def main():
    async with aiofiles.tempfile.SpooledTemporaryFile(max_size=10) as f:  # (1)!
        print(f"{type(f).__name__}, mode={f.mode!r}")
        await f.write(b"12345")
        print(f"5 bytes written: name={f.name!r}")  # (2)!
        await f.write(b"6789012345")
        print(f"15 bytes written: name is {type(f.name).__name__}")  # (3)!
        await f.seek(0)
        print(f"read back: {await f.read()!r}")
        print(f"fileno is a coroutine function: {inspect.iscoroutinefunction(f.fileno)}")  # (4)!
        found = [hasattr(f, n) for n in ("readable", "writable", "seekable")]
        print(f"has readable/writable/seekable: {found}")


asyncio.run(main())
