import asyncio

background = set()


def report(task):  # (1)!
    background.discard(task)
    if not task.cancelled() and task.exception() is not None:
        print(f"{task.get_name()} failed: {task.exception()!r}")


def spawn(coro, name):
    task = asyncio.create_task(coro, name=name)
    background.add(task)  # (2)!
    task.add_done_callback(report)
    return task


async def fail(name):
    raise ValueError(name)


async def main():
    spawn(fail("background"), "background")
    try:
        async with asyncio.TaskGroup() as tg:  # (3)!
            tg.create_task(fail("in-group"))
    except* ValueError as group:
        print(f"TaskGroup raised: {group.exceptions!r}")
    await asyncio.sleep(0.1)
    print(f"main: end, {len(background)} background tasks left")


asyncio.run(main())
