import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"  t={time.perf_counter() - start:.1f}s {msg}")


async def job(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log(f"{name} cancelled")
        raise
    log(f"{name} finished")


async def with_gather():
    await asyncio.gather(job("slow", 1.0))


async def with_wait():
    await asyncio.wait([asyncio.create_task(job("slow", 1.0))])


async def with_as_completed():
    for next_done in asyncio.as_completed([job("slow", 1.0)]):
        await next_done


async def main():
    global start
    for demo in (with_gather, with_wait, with_as_completed):
        print(demo.__name__)
        start = time.perf_counter()
        try:
            async with asyncio.timeout(0.5):  # (1)!
                await demo()
        except TimeoutError:
            log("TimeoutError")
        await asyncio.sleep(1)  # (2)!


asyncio.run(main())
