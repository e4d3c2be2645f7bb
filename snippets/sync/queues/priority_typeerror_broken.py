import asyncio


async def main():
    queue = asyncio.PriorityQueue()
    queue.put_nowait((2, {"patient": "Anna"}))
    queue.put_nowait((1, {"patient": "Boris"}))  # (1)!
    try:
        queue.put_nowait((1, {"patient": "Clara"}))  # (2)!
    except TypeError as exc:
        print(f"TypeError: {exc}")
    print(f"qsize={queue.qsize()}")
    while not queue.empty():
        print(queue.get_nowait())  # (3)!


asyncio.run(main())
