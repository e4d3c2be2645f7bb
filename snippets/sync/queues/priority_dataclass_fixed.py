import asyncio
from dataclasses import dataclass, field


@dataclass(order=True)
class Entry:
    priority: int
    data: dict = field(compare=False)  # (1)!


async def main():
    queue = asyncio.PriorityQueue()
    queue.put_nowait(Entry(2, {"patient": "Anna"}))
    queue.put_nowait(Entry(1, {"patient": "Boris"}))
    queue.put_nowait(Entry(1, {"patient": "Clara"}))
    while not queue.empty():
        print(queue.get_nowait())


asyncio.run(main())
