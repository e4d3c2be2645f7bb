import asyncio


async def numbers():
    try:
        yield 1
    except ValueError as e:
        print(f"caught {e!r}")
        yield 2


async def main():
    gen = numbers()
    await anext(gen)
    print(await gen.athrow(ValueError, ValueError("old style"), None))  # (1)!
    gen = numbers()
    await anext(gen)
    print(await gen.athrow(ValueError("new style")))  # (2)!


asyncio.run(main())
