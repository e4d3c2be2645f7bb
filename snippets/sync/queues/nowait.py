import asyncio


async def main():
    queue = asyncio.Queue(maxsize=1)
    queue.put_nowait("a")  # (1)!
    try:
        queue.put_nowait("b")
    except asyncio.QueueFull as exc:
        print(f"put_nowait: {exc!r}")  # (2)!

    print(f"get_nowait: {queue.get_nowait()!r}")
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty as exc:
        print(f"get_nowait: {exc!r}, str(exc)={str(exc)!r}")  # (3)!


asyncio.run(main())
