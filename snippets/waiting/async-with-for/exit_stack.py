import asyncio
import contextlib


@contextlib.asynccontextmanager
async def connection(name):
    print(f"open {name}")
    try:
        yield f"<{name}>"
    finally:
        await asyncio.sleep(0.1)
        print(f"close {name}")


async def flush(target):
    await asyncio.sleep(0.1)
    print(f"flush {target}")


async def main():
    async with contextlib.AsyncExitStack() as stack:
        conns = []
        for name in ["a", "b", "c"]:
            conn = await stack.enter_async_context(connection(name))  # (1)!
            conns.append(conn)
        stack.push_async_callback(flush, "log")  # (2)!
        stack.callback(print, "sync callback")  # (3)!
        print(f"working with {conns}")
    print("all closed")  # (4)!


asyncio.run(main())
