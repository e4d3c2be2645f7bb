import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


class RateLimiter:
    """Token bucket: `rate` calls per second, up to `burst` at once."""

    def __init__(self, rate, burst):
        self.rate = rate
        self.burst = burst
        self.tokens = burst  # (1)!
        self.updated = None

    async def acquire(self):
        now = asyncio.get_running_loop().time()
        if self.updated is not None:
            refill = (now - self.updated) * self.rate  # (2)!
            self.tokens = min(self.burst, self.tokens + refill)
        self.updated = now
        self.tokens -= 1  # (3)!
        if self.tokens < 0:
            await asyncio.sleep(-self.tokens / self.rate)  # (4)!

    async def __aenter__(self):
        await self.acquire()
        return self

    async def __aexit__(self, *exc_info):
        return None  # (5)!


async def call_api(limiter, n):
    async with limiter:
        log(f"call {n}")
        await asyncio.sleep(0)  # the API answers at once


async def main():
    limiter = RateLimiter(rate=3, burst=3)
    await asyncio.gather(*(call_api(limiter, n) for n in range(1, 11)))


asyncio.run(main())
