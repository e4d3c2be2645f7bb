import asyncio


class Connection:
    async def __aenter__(self):
        print("__aenter__: connecting")
        await asyncio.sleep(0.1)
        return "conn-1"  # (1)!

    async def __aexit__(self, exc_type, exc, tb):
        print(f"__aexit__: {exc_type}, {exc}, {tb}")  # (2)!
        await asyncio.sleep(0.1)
        print("__aexit__: closed")


async def main():
    manager = Connection()
    async with manager as conn:
        print(f"inside: conn = {conn!r}")
        print(f"inside: conn is manager: {conn is manager}")
    print("after the block")


asyncio.run(main())
