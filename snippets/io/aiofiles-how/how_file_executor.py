import asyncio
from concurrent.futures import ThreadPoolExecutor

import aiofiles


class LoggingPool(ThreadPoolExecutor):
    def __init__(self, label):
        super().__init__(max_workers=1)
        self.label = label

    def submit(self, fn, /, *args, **kwargs):
        print(f"  {self.label} pool runs {getattr(fn, 'func', fn).__name__}")  # (1)!
        return super().submit(fn, *args, **kwargs)


async def main():
    asyncio.get_running_loop().set_default_executor(LoggingPool("default"))
    with LoggingPool("files") as files:
        print("async with aiofiles.open(..., executor=files):")
        async with aiofiles.open("data.txt", "w", executor=files) as f:
            await f.write("hello\n")  # (2)!

        print("await aiofiles.open(..., executor=files) and close():")
        f = await aiofiles.open("data.txt", executor=files)
        await f.read()
        await f.close()  # (3)!


asyncio.run(main())
