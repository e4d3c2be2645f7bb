# Python 3.14+
import asyncio
import functools


async def first_of(tasks, record):  # (1)!
    waiter = asyncio.get_running_loop().create_future()
    me = asyncio.current_task()

    def wake(task):
        if not waiter.done():
            waiter.set_result(task)

    for task in tasks:
        task.add_done_callback(wake)
        if record:
            asyncio.future_add_to_awaited_by(task, me)  # (2)!
    try:
        await waiter
    finally:
        for task in tasks:
            task.remove_done_callback(wake)
            if record:
                asyncio.future_discard_from_awaited_by(task, me)  # (3)!


def awaited_by(task):
    return [graph.future.get_name() for graph in asyncio.capture_call_graph(task).awaited_by]


async def fetch(delay):
    await asyncio.sleep(0.1)
    print(f"  {asyncio.current_task().get_name()}: awaited by {awaited_by(None)}")
    await asyncio.sleep(delay)


async def run(label, wait):
    print(label)
    tasks = [asyncio.create_task(fetch(d), name=f"fetch-{d}") for d in (0.1, 0.5)]
    await wait(tasks)
    print(f"  {tasks[1].get_name()} afterwards: awaited by {awaited_by(tasks[1])}")
    tasks[1].cancel()


async def main():
    asyncio.current_task().set_name("main")
    await run("first_of(record=False)", functools.partial(first_of, record=False))
    await run("first_of(record=True)", functools.partial(first_of, record=True))
    await run("asyncio.wait()", functools.partial(asyncio.wait, return_when=asyncio.FIRST_COMPLETED))  # (4)!


asyncio.run(main())
