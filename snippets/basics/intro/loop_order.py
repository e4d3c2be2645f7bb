import asyncio


async def worker(name):
    for step in range(2):
        print(f"{name}: step {step}")
        await asyncio.sleep(0)  # (1)!


async def main():
    tasks = [asyncio.create_task(worker(name)) for name in "abc"]
    await asyncio.gather(*tasks)


asyncio.run(main())
