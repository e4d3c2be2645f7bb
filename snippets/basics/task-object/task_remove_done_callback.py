import asyncio


def report(task):
    print(f"report: {task.result()}")


def audit(task):
    print(f"audit: {task.result()}")


async def job():
    await asyncio.sleep(0.1)
    return 42


async def main():
    task = asyncio.create_task(job())
    task.add_done_callback(report)
    task.add_done_callback(audit)
    task.add_done_callback(report)
    print(f"removed: {task.remove_done_callback(report)}")  # (1)!
    print(f"removed: {task.remove_done_callback(report)}")
    await task
    await asyncio.sleep(0)
    print(f"after done: {task.remove_done_callback(audit)}")  # (2)!


asyncio.run(main())
