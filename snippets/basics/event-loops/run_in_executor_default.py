import asyncio
import threading


def read_file(path):
    return f"read {path} in {threading.current_thread().name}"


async def main():
    loop = asyncio.get_running_loop()
    future = loop.run_in_executor(None, read_file, "data.txt")  # (1)!
    print(f"returned: {type(future).__name__}, asyncio.Future: {isinstance(future, asyncio.Future)}")
    print(await future)  # (2)!


asyncio.run(main())
