import asyncio


async def main():
    queue = asyncio.Queue()
    try:
        queue.get_nowait()  # (1)!
    except asyncio.QueueEmpty as e:
        print(f"{type(e).__name__}: {e!r}")


asyncio.run(main())
