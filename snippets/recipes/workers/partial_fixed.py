import asyncio

SERVICES = {"users": 0.3, "orders": 0.6, "prices": 0.8, "search": 2.0}


async def fetch(name):
    await asyncio.sleep(SERVICES[name])
    return f"{name} data"


async def fetch_into(results, name):
    results[name] = await fetch(name)  # (1)!


async def main():
    results = {}
    try:
        async with asyncio.timeout(1.0):
            async with asyncio.TaskGroup() as tg:
                for name in SERVICES:
                    tg.create_task(fetch_into(results, name))
    except TimeoutError:
        print("deadline passed")
    print(results)
    print(f"missing: {[name for name in SERVICES if name not in results]}")  # (2)!


asyncio.run(main())
