import asyncio
import inspect


async def fetch():
    await asyncio.sleep(0.1)
    return "data"


async def main():
    coro = fetch()  # (1)!
    task = asyncio.create_task(fetch())
    future = asyncio.get_running_loop().create_future()
    objects = {"fetch": fetch, "fetch()": coro, "task": task, "future": future}
    print("name      type       coroutine function  coroutine  awaitable")
    for name, obj in objects.items():
        print(
            f"{name:9} {type(obj).__name__:10} "
            f"{inspect.iscoroutinefunction(obj)!s:19} "
            f"{asyncio.iscoroutine(obj)!s:10} {inspect.isawaitable(obj)}"
        )
    print(f"task is a Future: {isinstance(task, asyncio.Future)}")  # (2)!
    future.set_result("set by hand")  # (3)!
    print(await coro, await task, await future)


asyncio.run(main())
