import asyncio
import time

start = time.monotonic()


def log(msg):
    print(f"t={time.monotonic() - start:.1f}s {msg}")


async def main():
    loop = asyncio.get_running_loop()
    first = loop.call_later(0.2, log, "first timer")
    second = loop.call_later(0.4, log, "second timer")
    second.cancel()  # (1)!
    log(f"cancelled: first={first.cancelled()}, second={second.cancelled()}")
    log(f"first.when() - loop.time() = {first.when() - loop.time():.1f}")  # (2)!
    await asyncio.sleep(0.5)
    first.cancel()  # (3)!
    log("done")


asyncio.run(main())
