import asyncio
import concurrent.futures
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


def convert(size):
    time.sleep(1)
    return size * 2


async def main():
    with concurrent.futures.ThreadPoolExecutor() as pool:
        cf = pool.submit(convert, 21)  # (1)!
        log(f"concurrent.futures.Future: {isinstance(cf, concurrent.futures.Future)}")
        try:
            await cf  # (2)!
        except TypeError as e:
            log(f"await on it: {type(e).__name__}")
        future = asyncio.wrap_future(cf)  # (3)!
        log(f"asyncio.Future: {isinstance(future, asyncio.Future)}")
        log(f"result: {await future}")
        log(f"same object: {asyncio.wrap_future(future) is future}")  # (4)!


asyncio.run(main())
