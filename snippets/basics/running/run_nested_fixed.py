import asyncio


async def fetch():
    await asyncio.sleep(0.1)
    return "data"


async def main():
    result = await fetch()  # (1)!
    print(f"result: {result}")


asyncio.run(main())
