import asyncio


async def main():
    queue = asyncio.Queue()
    queue.put("a")
    print(f"qsize={queue.qsize()}")  # (1)!
    await queue.put("b")
    print(f"qsize={queue.qsize()}")


asyncio.run(main())
