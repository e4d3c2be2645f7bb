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
    print(f"{'state':10}{'done()':8}{'cancelled()':13}{'result()':27}exception()")
    for state, task in tasks.items():
        print(
            f"{state:10}{task.done()!s:8}{task.cancelled()!s:13}"
            f"{call(task.result):27}{call(task.exception)}"
        )


asyncio.run(main())
