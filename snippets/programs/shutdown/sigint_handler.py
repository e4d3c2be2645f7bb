import asyncio
import signal


def describe(handler):
    if handler is signal.default_int_handler:
        return "default_int_handler"
    return getattr(handler, "func", handler).__qualname__  # (1)!


async def main():
    print(f"inside asyncio.run(): {describe(signal.getsignal(signal.SIGINT))}")


def my_handler(signum, frame):
    print("my_handler")


print(f"before asyncio.run(): {describe(signal.getsignal(signal.SIGINT))}")
asyncio.run(main())  # (2)!
print(f"after asyncio.run():  {describe(signal.getsignal(signal.SIGINT))}")

signal.signal(signal.SIGINT, my_handler)
asyncio.run(main())  # (3)!
