import asyncio


async def main():
    lock = asyncio.Lock()
    async with lock as value:  # (1)!
        print(f"inside: locked() = {lock.locked()}, as-value = {value}")
    print(f"after:  locked() = {lock.locked()}")

    try:
        async with lock:
            raise ValueError("bad data")  # (2)!
    except ValueError as e:
        print(f"ValueError: {e}; locked() = {lock.locked()}")


asyncio.run(main())
