import asyncio
import functools
import time

start = time.monotonic()


def log(msg):
    print(f"t={time.monotonic() - start:.1f}s {msg}")


def greet(name, *, greeting="hello"):
    log(f"{greeting}, {name}")


async def main():
    loop = asyncio.get_running_loop()
    later = loop.call_later(0.2, greet, "call_later")  # (1)!
    at = loop.call_at(loop.time() + 0.1, greet, "call_at")  # (2)!
    soon = loop.call_soon(greet, "call_soon")
    loop.call_soon(functools.partial(greet, "partial", greeting="hi"))  # (3)!
    log(f"returned: {type(soon).__name__}, {type(later).__name__}, {type(at).__name__}")  # (4)!
    await asyncio.sleep(0.3)


asyncio.run(main())
