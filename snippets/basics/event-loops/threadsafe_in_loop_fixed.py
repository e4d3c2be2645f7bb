import asyncio


async def add(a, b):
    return a + b


async def main():
    print(f"result: {await add(2, 3)}")  # (1)!


asyncio.run(main())
