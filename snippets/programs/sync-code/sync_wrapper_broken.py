import asyncio


async def fetch_report():
    await asyncio.sleep(0.1)
    return "report"


def get_report():  # (1)!
    return asyncio.run(fetch_report())


print(f"from sync code: {get_report()}")


async def main():
    try:
        print(get_report())  # (2)!
    except RuntimeError as e:
        print(f"from a coroutine: {type(e).__name__}: {e}")


asyncio.run(main())
