import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def waiter(n, condition):
    async with condition:
        await condition.wait()
        log(f"waiter {n} woke up")


async def main():
    condition = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(n, condition)) for n in (1, 2, 3, 4)]
    await asyncio.sleep(0.5)
    async with condition:
        log("notify()")
        condition.notify()  # (1)!
    await asyncio.sleep(0.5)
    async with condition:
        log("notify(2)")
        condition.notify(2)
    await asyncio.sleep(0.5)
    async with condition:
        log("notify_all()")
        condition.notify_all()  # (2)!
    await asyncio.gather(*tasks)


asyncio.run(main())
