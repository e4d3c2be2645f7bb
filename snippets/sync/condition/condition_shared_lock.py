import asyncio


async def main():
    lock = asyncio.Lock()
    not_empty = asyncio.Condition(lock)  # (1)!
    not_full = asyncio.Condition(lock)
    async with not_empty:  # (2)!
        print(f"lock.locked() = {lock.locked()}")
        print(f"not_full.locked() = {not_full.locked()}")
    print(f"after: lock.locked() = {lock.locked()}")
    own = asyncio.Condition()  # (3)!
    print(f"own lock: {own.locked()}, shared lock untouched: {lock.locked()}")


asyncio.run(main())
