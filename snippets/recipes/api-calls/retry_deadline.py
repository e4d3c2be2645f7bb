import asyncio
import random
import time

start = time.perf_counter()
jitter = random.Random(42)


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def hanging_request():
    await asyncio.sleep(10)  # the server never answers


attempts_made = 0


async def attempt_once():
    global attempts_made
    attempts_made += 1
    log(f"attempt {attempts_made} starts")
    async with asyncio.timeout(0.3):  # (1)!
        return await hanging_request()


async def retry(func, *, attempts, base, cap, retry_on):
    for attempt in range(attempts):
        try:
            return await func()
        except retry_on as exc:  # (2)!
            if attempt + 1 == attempts:
                raise
            delay = jitter.uniform(0, min(cap, base * 2**attempt))
            log(f"attempt {attempt + 1}: {type(exc).__name__}, retry in {delay:.3f} s")
            await asyncio.sleep(delay)


async def main():
    try:
        async with asyncio.timeout(1.2):  # (3)!
            await retry(
                attempt_once,
                attempts=10,
                base=0.1,
                cap=0.5,
                retry_on=(ConnectionError, TimeoutError),
            )
    except TimeoutError:
        log("deadline: TimeoutError")  # (4)!


asyncio.run(main())
