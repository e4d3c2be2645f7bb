# Python 3.14+
import asyncio
import re


def own_frames(text):  # (1)!
    text = re.sub(r"id=0x[0-9a-f]+", "id=0x…", text)
    lines = [line for line in text.splitlines() if "File " not in line or __file__ in line]
    return "\n".join(lines).replace(__file__, "call_graph.py")


async def fetch(page):
    if page == 2:
        graph = asyncio.capture_call_graph()  # (2)!
        print(f"task: {graph.future.get_name()}")
        print(f"its stack: {[entry.frame.f_code.co_name for entry in graph.call_stack]}")
        print(f"awaited by: {[parent.future.get_name() for parent in graph.awaited_by]}")
        print(own_frames(asyncio.format_call_graph()))  # (3)!
    await asyncio.sleep(0.1)


async def crawl():
    async with asyncio.TaskGroup() as tg:
        for page in (1, 2):
            tg.create_task(fetch(page), name=f"fetch-{page}")


async def main():
    await asyncio.create_task(crawl(), name="crawler")


asyncio.run(main())
