import asyncio
import random
import time

start = time.perf_counter()
jitter = random.Random(42)  # (1)!


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


class FlakyService:
    """Fails its first `failures` calls, then answers."""

    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    async def get(self):
        self.calls += 1
        await asyncio.sleep(0.1)  # the request itself takes 0.1 s
        if self.calls <= self.failures:
            raise ConnectionError(f"call {self.calls} failed")
        return f"answer from call {self.calls}"


async def retry(func, *, attempts, base, cap, retry_on):
    for attempt in range(attempts):
        try:
            return await func()
        except retry_on as exc:  # (2)!
            if attempt + 1 == attempts:
                raise  # (3)!
            ceiling = min(cap, base * 2**attempt)  # (4)!
            delay = jitter.uniform(0, ceiling)  # (5)!
            log(f"{exc}; retry in {delay:.3f} s (up to {ceiling:.1f} s)")
            await asyncio.sleep(delay)


async def main():
    service = FlakyService(failures=4)
    result = await retry(
        service.get,
        attempts=6,
        base=0.1,
        cap=0.5,
        retry_on=(ConnectionError, TimeoutError),
    )
    log(result)


asyncio.run(main())
