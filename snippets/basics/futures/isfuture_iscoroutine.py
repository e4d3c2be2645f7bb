import asyncio
import concurrent.futures
import inspect


async def fetch():
    return "data"


def numbers():
    yield 1


async def main():
    coro = fetch()
    objects = {
        "fetch": fetch,
        "fetch()": coro,
        "numbers()": numbers(),
        "Task": asyncio.create_task(fetch()),
        "Future": asyncio.get_running_loop().create_future(),
        "concurrent Future": concurrent.futures.Future(),  # (1)!
    }
    print("object             isfuture  iscoroutine  inspect.iscoroutinefunction")
    for name, obj in objects.items():
        print(f"{name:18} {asyncio.isfuture(obj)!s:9} {asyncio.iscoroutine(obj)!s:12} "
              f"{inspect.iscoroutinefunction(obj)}")
    coro.close()  # (2)!
    await objects["Task"]
    objects["Future"].cancel()


asyncio.run(main())
