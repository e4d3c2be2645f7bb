# Python 3.14+
import asyncio
import os
import re


def short(text):  # (1)!
    text = re.sub(r"id=0x[0-9a-f]+", "id=0x…", text)
    text = re.sub(r"File '\S*?(asyncio/\w+\.py)', line \d+", r"File '\1', line …", text)
    return text.replace(__file__, os.path.basename(__file__))


async def fetch(event):
    await event.wait()


async def worker(event):
    await fetch(event)


async def consumer(queue):
    while True:
        item = await queue.get()
        print(f"consumer: got {item}")


async def watchdog(delay):
    await asyncio.sleep(delay)
    print(f"watchdog: still running after {delay:.0f} s")
    tasks = sorted(asyncio.all_tasks() - {asyncio.current_task()}, key=asyncio.Task.get_name)
    graphs = [asyncio.capture_call_graph(task) for task in tasks]  # (2)!
    awaiting = {parent.future for graph in graphs for parent in graph.awaited_by}
    for task in tasks:
        if task not in awaiting:  # (3)!
            print(short(asyncio.format_call_graph(task)))


async def main():
    event, queue = asyncio.Event(), asyncio.Queue()
    dog = asyncio.create_task(watchdog(5.0), name="watchdog")
    try:
        async with asyncio.timeout(6.0):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(worker(event), name="worker")
                tg.create_task(consumer(queue), name="consumer")
                queue.put_nowait("job-1")
    except TimeoutError:
        print("main: gave up after 6 s")
    await dog


asyncio.run(main())
