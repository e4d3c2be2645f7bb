import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def producer(condition, buffer):
    for item in range(1, 5):
        await asyncio.sleep(0.3)
        async with condition:
            buffer.append(item)
            log(f"producer: put {item}")
            condition.notify()  # (1)!
    async with condition:
        buffer.append(None)
        buffer.append(None)
        condition.notify_all()  # (2)!


async def consumer(name, condition, buffer):
    while True:
        async with condition:
            await condition.wait_for(lambda: buffer)  # (3)!
            item = buffer.pop(0)
        if item is None:
            log(f"{name}: done")
            return
        log(f"{name}: got {item}")
        await asyncio.sleep(0.5)  # (4)!


async def main():
    condition = asyncio.Condition()
    buffer = []
    await asyncio.gather(
        producer(condition, buffer),
        consumer("consumer 1", condition, buffer),
        consumer("consumer 2", condition, buffer),
    )


asyncio.run(main())
