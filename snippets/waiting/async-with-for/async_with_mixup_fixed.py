import asyncio
import contextlib


class SyncOnly:
    def __enter__(self):
        return "sync"

    def __exit__(self, *exc):
        return False


@contextlib.asynccontextmanager
async def session():
    yield "session"


async def main():
    lock = asyncio.Lock()
    async with lock:  # (1)!
        print(f"lock held: {lock.locked()}")
    async with session() as s:  # (2)!
        print(f"got {s}")
    with SyncOnly() as value:  # (3)!
        print(f"got {value}")


asyncio.run(main())
