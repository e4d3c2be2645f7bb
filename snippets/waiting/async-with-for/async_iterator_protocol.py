import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):  # (1)!
        return self

    async def __anext__(self):  # (2)!
        if self.n == 0:
            raise StopAsyncIteration  # (3)!
        await asyncio.sleep(0.2)
        self.n -= 1
        return self.n


async def main():
    async for n in Countdown(3):
        log(f"got {n}")
    log("loop finished")


asyncio.run(main())
