import asyncio


async def main():
    queue = asyncio.Queue()
    for item in ("first", "second", "third"):
        await queue.put(item)  # (1)!
    print(f"qsize={queue.qsize()} empty={queue.empty()} full={queue.full()}")

    while not queue.empty():
        item = await queue.get()  # (2)!
        print(f"got {item}")
    print(f"qsize={queue.qsize()} empty={queue.empty()}")


asyncio.run(main())
