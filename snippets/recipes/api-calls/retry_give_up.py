import asyncio
import random

jitter = random.Random(42)


class Service:
    def __init__(self, error):
        self.error = error
        self.calls = 0

    async def get(self):
        self.calls += 1
        await asyncio.sleep(0.1)
        raise self.error


async def retry(func, *, attempts, base, cap, retry_on):
    for attempt in range(attempts):
        try:
            return await func()
        except retry_on:
            if attempt + 1 == attempts:
                raise  # (1)!
            await asyncio.sleep(jitter.uniform(0, min(cap, base * 2**attempt)))


async def call(service):
    try:
        await retry(
            service.get,
            attempts=3,
            base=0.1,
            cap=0.5,
            retry_on=(ConnectionError, TimeoutError),
        )
    except Exception as exc:
        print(f"{exc!r} after {service.calls} call(s)")


async def main():
    await call(Service(ConnectionResetError("connection reset")))  # (2)!
    await call(Service(ValueError("400 Bad Request")))  # (3)!


asyncio.run(main())
