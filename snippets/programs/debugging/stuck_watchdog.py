import asyncio
import io
import os
import re


def short(text):  # (1)!
    text = text.replace(__file__, os.path.basename(__file__))
    return re.sub(r" at \S+(asyncio/\w+\.py):\d+", r" at \1:…", text)


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
    for task in sorted(asyncio.all_tasks(), key=asyncio.Task.get_name):  # (2)!
        if task is asyncio.current_task():
            continue
        buffer = io.StringIO()
        task.print_stack(file=buffer)  # (3)!
        print(short(buffer.getvalue()), end="")


async def main():
    event, queue = asyncio.Event(), asyncio.Queue()
    dog = asyncio.create_task(watchdog(5.0), name="watchdog")  # (4)!
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
