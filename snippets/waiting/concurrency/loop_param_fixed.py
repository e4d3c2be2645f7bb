import asyncio


async def job():
    await asyncio.sleep(0.1)
    return "done"


async def main():
    print(await asyncio.gather(job()))  # (1)!

    task = asyncio.create_task(job())
    done, pending = await asyncio.wait([task])
    print(f"done: {len(done)}, pending: {len(pending)}, result: {task.result()}")


asyncio.run(main())
