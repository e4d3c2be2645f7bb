import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"  t={time.perf_counter() - start:.1f}s {msg}")


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log(f"{name} cancelled")
        raise
    if fail:
        raise ValueError(name)
    return name


async def all_succeed():
    async with asyncio.TaskGroup() as tg:
        slow = tg.create_task(job("slow", 1.0))
        fast = tg.create_task(job("fast", 0.2))
    log(f"results: {[slow.result(), fast.result()]}")  # (1)!


async def one_fails():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("slow", 1.0))
            tg.create_task(job("bad", 0.2, fail=True))
    except* ValueError as eg:
        log(f"{eg!r}")  # (2)!


async def outer_timeout():
    try:
        async with asyncio.timeout(0.5):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(job("slow", 1.0))
    except TimeoutError:
        log("TimeoutError")  # (3)!


async def main():
    global start
    for demo in (all_succeed, one_fails, outer_timeout):
        print(demo.__name__)
        start = time.perf_counter()
        await demo()


asyncio.run(main())
