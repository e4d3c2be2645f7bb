import asyncio


async def main():
    print(f"gather(): {await asyncio.gather()}")
    print(f"as_completed([]): {list(asyncio.as_completed([]))}")
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(f"wait([]): {type(e).__name__}: {e}")


asyncio.run(main())
