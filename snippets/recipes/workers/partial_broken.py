import asyncio

SERVICES = {"users": 0.3, "orders": 0.6, "prices": 0.8, "search": 2.0}


async def fetch(name):
    await asyncio.sleep(SERVICES[name])
    return f"{name} data"


async def main():
    tasks = {}
    try:
        async with asyncio.timeout(1.0):
            async with asyncio.TaskGroup() as tg:
                for name in SERVICES:
                    tasks[name] = tg.create_task(fetch(name))
    except TimeoutError:
        print("deadline passed")
    try:
        results = {name: task.result() for name, task in tasks.items()}  # (1)!
    except asyncio.CancelledError:
        print("task.result() raised CancelledError: the dict was not built")
    else:
        print(results)


asyncio.run(main())
