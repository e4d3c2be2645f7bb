import asyncio


async def job():
    return "done"


coro = job()
try:
    asyncio.create_task(coro)  # (1)!
except RuntimeError as e:
    coro.close()  # (2)!
    print(f"RuntimeError: {e}")


async def main():
    return await asyncio.create_task(job())  # (3)!


print(asyncio.run(main()))
