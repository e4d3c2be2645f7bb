import asyncio


async def main():
    queue = asyncio.Queue()
    queue.put_nowait("a")
    queue.get_nowait()
    queue.task_done()  # (1)!
    try:
        queue.task_done()  # (2)!
    except ValueError as exc:
        print(f"ValueError: {exc}")


asyncio.run(main())
