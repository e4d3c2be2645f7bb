import asyncio


async def main():
    reader = asyncio.StreamReader(limit=8)  # (1)!
    reader.feed_data(b"0123456789abcdef\nnext\n")
    try:
        await reader.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print(f"{e}: consumed={e.consumed}")
    print(f"still buffered: {await reader.readexactly(17)!r}")  # (2)!

    reader = asyncio.StreamReader(limit=8)
    reader.feed_data(b"0123456789abcdef\nnext\n")
    try:
        await reader.readline()
    except ValueError as e:
        print(f"readline(): {type(e).__name__}: {e}")  # (3)!
    print(f"after readline(): {await reader.readline()!r}")


asyncio.run(main())
