import asyncio

calls = []


def handler(loop, context):
    calls.append(context["message"])


async def fail(name):
    raise ValueError(name)


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    try:
        await fail("awaited")  # (1)!
    except ValueError as e:
        print(f"caught by await: {e!r}")
    task = asyncio.create_task(fail("task"))
    await asyncio.sleep(0.1)
    print(f"task.exception(): {task.exception()!r}")  # (2)!
    del task
    print(f"handler calls so far: {calls}")
    raise ValueError("main")  # (3)!


try:
    asyncio.run(main())
except ValueError as e:
    print(f"asyncio.run() raised: {e!r}")
print(f"handler calls: {calls}")
