import asyncio
import re

lock = asyncio.Lock()  # (1)!


async def hold():
    async with lock:
        await asyncio.sleep(0.1)


async def one_task():
    await hold()
    return "ok"


async def two_tasks():
    await asyncio.gather(hold(), hold())  # (2)!
    return "ok"


for number, job in enumerate([one_task, two_tasks, one_task, two_tasks], 1):
    try:
        print(f"run {number}, {job.__name__}: {asyncio.run(job())}")
    except RuntimeError as e:
        message = re.sub(r"0x[0-9a-f]+", "0x...", str(e))  # (3)!
        print(f"run {number}, {job.__name__}: RuntimeError: {message}")
