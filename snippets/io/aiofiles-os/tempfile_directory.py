import asyncio
import os

import aiofiles
import aiofiles.tempfile


async def main():
    async with aiofiles.tempfile.TemporaryDirectory(prefix="job-") as path:  # (1)!
        prefix_ok = os.path.basename(path).startswith("job-")
        print(f"async with yields {type(path).__name__}, prefix ok: {prefix_ok}")
        async with aiofiles.open(os.path.join(path, "result.txt"), "w") as f:
            await f.write("done")
        print(f"inside: {os.listdir(path)}")
    print(f"exists after the block: {os.path.exists(path)}")  # (2)!

    tmp = await aiofiles.tempfile.TemporaryDirectory()  # (3)!
    print(f"await yields {type(tmp).__name__}, exists: {os.path.isdir(tmp.name)}")
    await tmp.cleanup()
    print(f"after cleanup(): exists: {os.path.exists(tmp.name)}")


asyncio.run(main())
