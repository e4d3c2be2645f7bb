import asyncio
import inspect


async def download(url):
    await asyncio.sleep(0.1)
    return url


async def main():
    task = asyncio.create_task(download("/a.txt"))
    coro = task.get_coro()
    print(f"{coro.__qualname__}, {inspect.getcoroutinestate(coro)}")  # (1)!
    await asyncio.sleep(0)
    print(f"{inspect.getcoroutinestate(coro)}, url={coro.cr_frame.f_locals['url']}")  # (2)!
    await task
    print(f"{inspect.getcoroutinestate(coro)}, same object: {task.get_coro() is coro}")


asyncio.run(main())
