import asyncio


async def fetch():
    await asyncio.sleep(0.1)
    return "data"


async def main():
    print(await asyncio.wait_for(fetch(), timeout=1))  # (1)!
    print(await asyncio.wait_for(fetch(), None))  # (2)!


asyncio.run(main())
