import asyncio


def frames(task, limit=None):
    return [f"{f.f_code.co_name}:{f.f_lineno}" for f in task.get_stack(limit=limit)]  # (1)!


async def inner():
    await asyncio.sleep(1)


async def outer():
    await inner()


async def fail():
    await asyncio.sleep(0)
    check()


def check():
    raise ValueError("boom")


async def main():
    waiting = asyncio.create_task(outer())
    failed = asyncio.create_task(fail())
    finished = asyncio.create_task(asyncio.sleep(0))
    print(f"not started: {frames(waiting)}")
    await asyncio.sleep(0.1)
    print(f"suspended:   {frames(waiting)}")  # (2)!
    print(f"failed:      {frames(failed)}, limit=1: {frames(failed, 1)}")  # (3)!
    print(f"limit=0:     {frames(waiting, 0)}, limit=-1: {frames(waiting, -1)}")
    print(f"finished:    {frames(finished)}")
    waiting.cancel()
    await asyncio.wait({waiting})
    print(f"cancelled:   {frames(waiting)}")
    failed.exception()


asyncio.run(main())
