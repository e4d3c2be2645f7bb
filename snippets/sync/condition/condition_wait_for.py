import asyncio
import time

start = time.perf_counter()
items = []


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


def three_items():
    log(f"predicate called, len(items) = {len(items)}")  # (1)!
    return len(items) >= 3 and len(items)


async def collector(condition):
    async with condition:
        result = await condition.wait_for(three_items)  # (2)!
        log(f"wait_for() returned {result}")


async def main():
    condition = asyncio.Condition()
    task = asyncio.create_task(collector(condition))
    for item in range(3):
        await asyncio.sleep(0.2)
        async with condition:
            items.append(item)
            condition.notify_all()  # (3)!
    await task


asyncio.run(main())
