import asyncio


async def fetch():
    print("fetch: started")
    return "data"


class Ready:
    def __await__(self):
        return asyncio.sleep(0.1, result="ready").__await__()


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.ensure_future(fetch())  # (1)!
    print(f"coroutine -> {type(task).__name__}")
    await asyncio.sleep(0)  # (2)!
    future = loop.create_future()
    print(f"Future -> same object: {asyncio.ensure_future(future) is future}")  # (3)!
    print(f"Task -> same object: {asyncio.ensure_future(task) is task}")
    wrapped = asyncio.ensure_future(Ready())  # (4)!
    print(f"awaitable -> {type(wrapped).__name__}, result {await wrapped!r}")
    try:
        asyncio.ensure_future("data")  # (5)!
    except TypeError as e:
        print(f"str -> TypeError: {e}")
    future.cancel()


asyncio.run(main())
