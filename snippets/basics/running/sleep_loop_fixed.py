import asyncio


async def main():
    await asyncio.sleep(0.1)  # (1)!
    print("slept 0.1 s")


asyncio.run(main())
