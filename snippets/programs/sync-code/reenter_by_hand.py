import asyncio
import gc
import re


def tidy(text):  # (1)!
    return re.sub(r"<Task \w+ name='([^']+)'.*?>(?= while| is being)", r"<Task '\1'>", text)


def handler(loop, context):  # (2)!
    exc = context.get("exception")
    print(f"loop error: {tidy(str(exc)) if exc else context['message']}")


async def other():
    print("other: runs")


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(other(), name="other")
    print("main: re-entering the loop")
    loop._run_once()  # (3)!
    print("main: back")
    await asyncio.wait([task], timeout=1)
    print(f"after 1 s: other done={task.done()}")  # (4)!
    task.cancel()
    await asyncio.wait([task], timeout=1)
    print(f"after cancel() and 1 s more: other done={task.done()}")  # (5)!
    return task


loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
task = loop.run_until_complete(main())  # (6)!
loop.close()
del task  # (7)!
gc.collect()
print("end")
