import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


async def main():
    results = await asyncio.gather(
        job("a", 1.0),
        job("b", 0.2, fail=True),
        job("c", 0.5),
        return_exceptions=True,
    )
    log(f"results: {results}")  # (1)!
    errors = [r for r in results if isinstance(r, BaseException)]  # (2)!
    log(f"errors: {errors}")


asyncio.run(main())
