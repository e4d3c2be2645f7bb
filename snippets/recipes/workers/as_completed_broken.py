import asyncio

DELAYS = {"a": 0.4, "b": 0.1, "c": 0.3, "d": 0.2}


async def fetch(name):
    await asyncio.sleep(DELAYS[name])
    return name.upper()


async def main():
    names = list(DELAYS)
    results = [await aw for aw in asyncio.as_completed([fetch(n) for n in names])]  # (1)!
    for name, result in zip(names, results):
        print(f"{name} -> {result}")


asyncio.run(main())
