import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"  t={time.perf_counter() - start:.1f}s {msg}")


async def job(name, delay):
    await asyncio.sleep(delay)
    log(f"{name} finished")
    return name


async def main():
    global start
    loop = asyncio.get_running_loop()
    for return_exceptions in (False, True):
        print(f"return_exceptions={return_exceptions}")
        start = time.perf_counter()
        a = asyncio.create_task(job("a", 1.0))
        b = asyncio.create_task(job("b", 0.5))
        loop.call_later(0.2, a.cancel)  # (1)!
        try:
            results = await asyncio.gather(a, b, return_exceptions=return_exceptions)
            log(f"results: {results}")  # (2)!
        except asyncio.CancelledError:
            log(f"gather raised CancelledError, b done: {b.done()}")  # (3)!
            await b


asyncio.run(main())
