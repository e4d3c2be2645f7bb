import asyncio


async def main():
    sem = asyncio.Semaphore(1)
    async with sem as value:  # (1)!
        print(f"inside: as-value={value!r}, locked={sem.locked()}")
    print(f"after the block: locked={sem.locked()}")

    try:
        with sem:  # (2)!
            pass
    except TypeError as e:
        print(f"TypeError: {e}")


asyncio.run(main())
