import asyncio

counter = 0


async def read():
    return counter  # (1)!


async def increment():
    global counter
    value = await read()  # (2)!
    counter = value + 1


async def main():
    await asyncio.gather(*(increment() for _ in range(1000)))
    print(f"counter = {counter}, expected 1000")


asyncio.run(main())
