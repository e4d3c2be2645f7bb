import asyncio
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)  # (1)!


async def main():
    queue = asyncio.PriorityQueue()
    for i in range(6):
        queue.put_nowait(Job(1, f"job {i}"))
    print([queue.get_nowait().name for _ in range(queue.qsize())])  # (2)!


asyncio.run(main())
