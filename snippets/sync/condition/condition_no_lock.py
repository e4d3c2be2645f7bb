import asyncio


async def main():
    condition = asyncio.Condition()
    try:
        await condition.wait()  # (1)!
    except RuntimeError as e:
        print(f"wait(): RuntimeError: {e}")
    try:
        condition.notify()  # (2)!
    except RuntimeError as e:
        print(f"notify(): RuntimeError: {e}")


asyncio.run(main())
