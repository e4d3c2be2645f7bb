import asyncio


async def letters():
    yield "a"
    yield "b"


async def main():
    it = letters()
    first = anext(it)  # (1)!
    print(f"first: {type(first).__name__}")
    del first
    print(f"next value: {await anext(it)}")  # (2)!


asyncio.run(main())
