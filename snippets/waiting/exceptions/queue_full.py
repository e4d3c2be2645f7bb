import asyncio


async def main():
    queue = asyncio.Queue(maxsize=1)
    queue.put_nowait("a")
    try:
        queue.put_nowait("b")  # (1)!
    except asyncio.QueueFull as e:
        print(f"{type(e).__name__}: {e!r}")


asyncio.run(main())
