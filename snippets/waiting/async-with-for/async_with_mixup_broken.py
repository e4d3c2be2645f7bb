import asyncio
import contextlib


class AsyncOnly:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


@contextlib.asynccontextmanager
async def session():
    yield "session"


async def try_with(label, manager):
    try:
        with manager:  # (1)!
            pass
    except TypeError as e:
        print(f"{label}: TypeError: {e}")


async def try_async_with(label, manager):
    try:
        async with manager:  # (2)!
            pass
    except TypeError as e:
        print(f"{label}: TypeError: {e}")


async def main():
    await try_with("with AsyncOnly()", AsyncOnly())
    await try_with("with asyncio.Lock()", asyncio.Lock())
    await try_with("with session()", session())
    await try_async_with("async with SyncOnly()", SyncOnly())
    await try_async_with("async with session", session)  # (3)!


asyncio.run(main())
