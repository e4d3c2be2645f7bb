import asyncio
import time

start = time.perf_counter()
SERVICES = {"users": 0.3, "orders": 0.6, "prices": 0.8, "search": 2.0}


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def fetch(name):
    try:
        await asyncio.sleep(SERVICES[name])
    except asyncio.CancelledError:
        log(f"{name}: cancelled")  # (1)!
        raise
    log(f"{name}: done")
    return f"{name} data"


async def main():
    tasks = {}
    try:
        async with asyncio.timeout(1.0):  # (2)!
            async with asyncio.TaskGroup() as tg:
                for name in SERVICES:
                    tasks[name] = tg.create_task(fetch(name), name=name)
    except TimeoutError as exc:  # (3)!
        log(f"main: {type(exc).__name__}")
    for name, task in tasks.items():
        log(f"main: {name} cancelled={task.cancelled()}")


asyncio.run(main())
