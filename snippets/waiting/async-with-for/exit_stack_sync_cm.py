import asyncio
import contextlib


class Plain:
    def __enter__(self):
        print("Plain: enter")
        return self

    def __exit__(self, *exc):
        print("Plain: exit")


async def main():
    async with contextlib.AsyncExitStack() as stack:
        try:
            await stack.enter_async_context(Plain())  # (1)!
        except TypeError as e:
            print(f"TypeError: {e}")
        stack.enter_context(Plain())  # (2)!
        print("working")


asyncio.run(main())
