import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        log(f"{name} raises ValueError")
        raise ValueError(name)
    log(f"{name} finished")
    return name


async def main():
    try:
        await asyncio.gather(job("a", 1.0), job("b", 0.2, fail=True), job("c", 0.5))
    except ValueError as e:
        log(f"gather raised {e!r}")  # (1)!
    await asyncio.sleep(1)  # (2)!


asyncio.run(main())
