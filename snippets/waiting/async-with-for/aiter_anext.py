import asyncio


async def letters():
    yield "a"
    yield "b"


async def main():
    it = aiter(letters())  # (1)!
    print(await anext(it))
    print(await anext(it))
    print(await anext(it, "default"))  # (2)!
    try:
        await anext(it)  # (3)!
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        aiter([1, 2])
    except TypeError as e:
        print(f"TypeError: {e}")  # (4)!


asyncio.run(main())
