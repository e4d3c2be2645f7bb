import asyncio
import time


async def job(delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError("bad")
    return delay


def describe(task):
    if task.exception() is not None:  # (1)!
        return f"{task.get_name()}={task.exception()!r}"
    return f"{task.get_name()}={task.result()}"


async def run(return_when):
    tasks = [
        asyncio.create_task(job(0.2), name="fast"),
        asyncio.create_task(job(0.5, fail=True), name="bad"),
        asyncio.create_task(job(1.0), name="slow"),
    ]
    start = time.perf_counter()
    done, pending = await asyncio.wait(tasks, return_when=return_when)
    print(f"{return_when}: returned after {time.perf_counter() - start:.1f}s")
    print(f"  done:    {', '.join(sorted(describe(t) for t in done))}")  # (2)!
    print(f"  pending: {', '.join(sorted(t.get_name() for t in pending)) or '-'}")
    for task in pending:
        task.cancel()  # (3)!


async def main():
    await run(asyncio.FIRST_COMPLETED)
    await run(asyncio.FIRST_EXCEPTION)
    await run(asyncio.ALL_COMPLETED)


asyncio.run(main())
