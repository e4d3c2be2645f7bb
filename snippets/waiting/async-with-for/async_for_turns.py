import asyncio

turns = 0


async def other_task():
    global turns
    while True:
        turns += 1
        await asyncio.sleep(0)


async def no_await():
    for i in range(3):
        yield i  # (1)!


async def ready():
    return "ready"


async def await_no_suspend():
    for i in range(3):
        await ready()  # (2)!
        yield i


async def await_suspend():
    for i in range(3):
        await asyncio.sleep(0)  # (3)!
        yield i


async def count_turns(gen):
    global turns
    turns = 0
    async for _ in gen:
        pass
    return turns


async def main():
    task = asyncio.create_task(other_task())
    await asyncio.sleep(0)
    for gen in [no_await(), await_no_suspend(), await_suspend()]:
        print(f"{gen.__name__}: the other task ran {await count_turns(gen)} times")
    task.cancel()


asyncio.run(main())
