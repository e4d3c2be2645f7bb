import asyncio


async def agen():
    yield 1


async def fetch_rows():
    return [1, 2]


async def main():
    try:
        for x in agen():  # (1)!
            pass
    except TypeError as e:
        print(f"for over agen(): TypeError: {e}")
    try:
        async for x in [1, 2]:  # (2)!
            pass
    except TypeError as e:
        print(f"async for over a list: TypeError: {e}")
    try:
        async for x in fetch_rows():  # (3)!
            pass
    except TypeError as e:
        print(f"async for over fetch_rows(): TypeError: {e}")
    print([x async for x in agen()], [x for x in await fetch_rows()])  # (4)!


asyncio.run(main())
