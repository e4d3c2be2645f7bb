import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"  t={time.perf_counter() - start:.1f}s {msg}")


async def nested(inner_delay, outer_delay):
    try:
        async with asyncio.timeout(outer_delay):
            try:
                async with asyncio.timeout(inner_delay):
                    await asyncio.sleep(10)
            except TimeoutError:
                log("inner handler: TimeoutError")  # (1)!
            log("between the blocks")
            await asyncio.sleep(10)
    except TimeoutError:
        log("outer handler: TimeoutError")  # (2)!


async def main():
    global start
    for inner, outer in ((0.2, 0.5), (0.5, 0.2)):
        print(f"inner timeout {inner}s, outer timeout {outer}s")
        start = time.perf_counter()
        await nested(inner, outer)


asyncio.run(main())
