import asyncio


def handler(loop, context):
    print(f"handler: {context['message']}: {context['exception']!r}")  # (1)!


async def fail(name):
    raise ValueError(name)


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    checked = asyncio.create_task(fail("checked"))
    ignored = asyncio.create_task(fail("ignored"))
    await asyncio.sleep(0.1)
    print(f"checked.exception() = {checked.exception()!r}")  # (2)!
    del checked, ignored  # (3)!
    print("main: end")


asyncio.run(main())
