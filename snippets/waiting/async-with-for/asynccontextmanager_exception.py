import asyncio
import contextlib


@contextlib.asynccontextmanager
async def transaction():
    print("begin")
    try:
        yield
    except KeyError as e:
        print(f"rollback, suppress {e!r}")  # (1)!
    except ValueError as e:
        print(f"rollback, re-raise {e!r}")
        raise  # (2)!
    else:
        print("commit")


async def run(exc):
    try:
        async with transaction():
            if exc:
                raise exc
        print("after the block")
    except ValueError as e:
        print(f"caught outside: {e!r}")


async def main():
    await run(None)
    await run(KeyError("id"))
    await run(ValueError("bad"))


asyncio.run(main())
