import asyncio


async def succeed():
    await asyncio.sleep(0.1)
    return 42


async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("boom")


async def hang():
    await asyncio.sleep(10)


def call(method):
    try:
        return repr(method())
    except BaseException as e:  # (1)!
        return f"raises {type(e).__name__}"


async def main():
    tasks = {
        "pending": asyncio.create_task(hang()),
        "finished": asyncio.create_task(succeed()),
        "failed": asyncio.create_task(fail()),
        "cancelled": asyncio.create_task(hang()),
    }
    tasks["cancelled"].cancel()
    await asyncio.sleep(0.5)
    rows = {
        "done()": [call(t.done) for t in tasks.values()],
        "cancelled()": [call(t.cancelled) for t in tasks.values()],
        "result()": [call(t.result) for t in tasks.values()],
        "exception()": [call(t.exception) for t in tasks.values()],
        "cancelling()": [call(t.cancelling) for t in tasks.values()],
        "cancel()": [call(t.cancel) for t in tasks.values()],  # (2)!
    }
    print(f"{'method':14}" + "".join(f"{state:26}" for state in tasks).rstrip())
    for method, cells in rows.items():
        print(f"{method:14}" + "".join(f"{cell:26}" for cell in cells).rstrip())


asyncio.run(main())
