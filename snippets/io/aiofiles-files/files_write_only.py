import asyncio
import io

import aiofiles


async def main():
    async with aiofiles.open("data.bin", "wb") as f:
        print(type(f).__name__)
        for name in ["read", "read1", "readline"]:
            try:
                await getattr(f, name)(1)  # (1)!
            except io.UnsupportedOperation as e:
                print(f"{name}(1): {type(e).__name__}: {e}")
        print(f"has peek: {hasattr(f, 'peek')}")  # (2)!


asyncio.run(main())
