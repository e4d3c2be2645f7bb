import asyncio
import inspect


async def download():
    try:
        await asyncio.sleep(1)
        return "done"
    finally:
        print("download: finally")


async def main():
    task = asyncio.create_task(download())
    await asyncio.sleep(0.1)
    task.get_coro().close()  # (1)!
    print(f"coroutine: {inspect.getcoroutinestate(task.get_coro())}, task.done()={task.done()}")
    await asyncio.wait({task}, timeout=2)
    print(f"2 s later: task.done()={task.done()}")  # (2)!
    task.cancel()
    try:
        await task
    except RuntimeError as e:
        print(f"after cancel(): RuntimeError: {e}")  # (3)!


asyncio.run(main())
