import asyncio


async def main():
    reader = asyncio.StreamReader()
    reader.feed_data(b"abc")  # (1)!
    reader.feed_eof()
    try:
        await reader.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print(f"{e}: partial={e.partial!r}, expected={e.expected}")

    reader = asyncio.StreamReader()
    reader.feed_data(b"no newline")
    reader.feed_eof()
    try:
        await reader.readuntil(b"\n")
    except asyncio.IncompleteReadError as e:
        print(f"{e}: partial={e.partial!r}, expected={e.expected}")  # (2)!


asyncio.run(main())
