import asyncio

DELAYS = {"a": 0.4, "b": 0.1, "c": 0.3, "d": 0.2}


async def fetch(name):
    await asyncio.sleep(DELAYS[name])
    return name.upper()


async def indexed(index, aw):  # (1)!
    return index, await aw


async def main():
    names = list(DELAYS)
    results = [None] * len(names)
    for aw in asyncio.as_completed([indexed(i, fetch(n)) for i, n in enumerate(names)]):
        index, result = await aw
        print(f"finished: {names[index]}")  # (2)!
        results[index] = result
    for name, result in zip(names, results):
        print(f"{name} -> {result}")


asyncio.run(main())
