import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def consumer(name, condition, buffer):
    async with condition:
        await condition.wait_for(lambda: buffer)  # (1)!
        item = buffer.pop(0)
    log(f"{name}: got {item!r}")


async def main():
    condition = asyncio.Condition()
    buffer = []
    tasks = [
        asyncio.create_task(consumer(f"consumer {n}", condition, buffer))
        for n in (1, 2)
    ]
    for item in ("a", "b"):
        await asyncio.sleep(0.5)
        async with condition:
            buffer.append(item)
            condition.notify_all()
    await asyncio.gather(*tasks)
    log(f"left in the buffer: {buffer}")


asyncio.run(main())
