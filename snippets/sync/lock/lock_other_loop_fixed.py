import asyncio


async def hold(lock):
    async with lock:
        await asyncio.sleep(0.1)


async def two_tasks():
    lock = asyncio.Lock()  # (1)!
    await asyncio.gather(hold(lock), hold(lock))
    return "ok"


for number in (1, 2):
    print(f"run {number}, two_tasks: {asyncio.run(two_tasks())}")
