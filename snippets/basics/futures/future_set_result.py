import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()  # (1)!
    log(f"created: {future}, done={future.done()}")
    loop.call_later(0.5, future.set_result, "pong")  # (2)!
    result = await future  # (3)!
    log(f"awaited: {result!r}")
    log(f"now: {future}, done={future.done()}, result={future.result()!r}")
    log(f"exception: {future.exception()}")  # (4)!


asyncio.run(main())
