import asyncio


async def main():
    lock = asyncio.Lock()
    print(f"locked() = {lock.locked()}")
    result = await lock.acquire()  # (1)!
    print(f"acquire() returned {result}, locked() = {lock.locked()}")
    result = lock.release()  # (2)!
    print(f"release() returned {result}, locked() = {lock.locked()}")


asyncio.run(main())
