import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import aiofiles.os

thread_name = aiofiles.os.wrap(lambda: threading.current_thread().name)  # (1)!


async def default_pool():
    print(f"event loop:                  {threading.current_thread().name}")
    print(f"wrapped call:                {await thread_name()}")  # (2)!
    with ThreadPoolExecutor(thread_name_prefix="files") as pool:
        print(f"wrapped call, executor=pool: {await thread_name(executor=pool)}")  # (3)!


async def named_default_pool():
    loop = asyncio.get_running_loop()
    loop.set_default_executor(ThreadPoolExecutor(thread_name_prefix="io"))  # (4)!
    print(f"after set_default_executor:  {await thread_name()}")
    name = await asyncio.to_thread(lambda: threading.current_thread().name)
    print(f"asyncio.to_thread:           {name}")


asyncio.run(default_pool())
asyncio.run(named_default_pool())
