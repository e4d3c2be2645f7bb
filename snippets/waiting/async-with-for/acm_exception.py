import asyncio


class Guard:
    def __init__(self, suppress):
        self.suppress = suppress

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print(f"__aexit__: {exc_type.__name__}: {exc}, tb is None: {tb is None}")
        return self.suppress  # (1)!


async def run(suppress):
    print(f"-- suppress={suppress}")
    try:
        async with Guard(suppress):
            raise ValueError("bad row")
            print("never printed")  # (2)!
        print("after the block")
    except ValueError as e:
        print(f"caught outside: {e!r}")


async def main():
    await run(False)
    await run(True)


asyncio.run(main())
