import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def waiter(n, condition):
    async with condition:
        try:
            await condition.wait()
        except asyncio.CancelledError:
            log(f"waiter {n} cancelled")
            raise
        log(f"waiter {n} woke up")


async def main():
    condition = asyncio.Condition()
    first = asyncio.create_task(waiter(1, condition))
    second = asyncio.create_task(waiter(2, condition))
    await asyncio.sleep(0.1)
    async with condition:
        log("notify(), then cancel waiter 1")
        condition.notify()  # (1)!
        first.cancel()  # (2)!
    try:
        async with asyncio.timeout(1):
            await second
    except TimeoutError:
        log("waiter 2 was never woken: the notification was lost")  # (3)!


asyncio.run(main())
