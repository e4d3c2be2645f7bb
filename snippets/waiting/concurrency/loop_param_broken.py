import asyncio


async def job():
    await asyncio.sleep(0.1)
    return "done"


async def main():
    loop = asyncio.get_running_loop()

    coro = job()
    try:
        await asyncio.gather(coro, loop=loop)  # (1)!
    except TypeError as e:
        coro.close()  # (2)!
        print(f"{type(e).__name__}: {e}")

    task = asyncio.create_task(job())
    try:
        await asyncio.wait([task], loop=loop)
    except TypeError as e:
        print(f"{type(e).__name__}: {e}")
    await task


asyncio.run(main())
