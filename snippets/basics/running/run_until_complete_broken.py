import asyncio


async def main():
    return "done"


try:
    asyncio.run_until_complete(main())  # (1)!
except AttributeError as e:
    print(f"{type(e).__name__}: {e}")
