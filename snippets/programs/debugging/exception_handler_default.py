import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(name)s: %(message)s")  # (1)!


def counting(loop, context):
    counting.calls += 1
    print(f"counting: call {counting.calls}, passing it on")
    loop.default_exception_handler(context)  # (2)!


counting.calls = 0


async def main():
    loop = asyncio.get_running_loop()
    print(f"get_exception_handler(): {loop.get_exception_handler()}")  # (3)!
    loop.set_exception_handler(counting)
    print(f"get_exception_handler(): {loop.get_exception_handler().__name__}")
    loop.call_exception_handler({"message": "cache is stale", "key": "users", "age": 90})  # (4)!
    loop.set_exception_handler(None)  # (5)!
    loop.call_exception_handler({"message": "disk check failed", "exception": OSError("disk full")})
    try:
        loop.set_exception_handler("print")
    except TypeError as e:
        print(f"TypeError: {e}")


asyncio.run(main())
