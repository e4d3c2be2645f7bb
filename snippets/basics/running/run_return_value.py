import asyncio


async def main():
    await asyncio.sleep(0.1)
    return 42


async def fail():
    raise KeyError("missing")


result = asyncio.run(main())  # (1)!
print(f"result: {result}")

try:
    asyncio.run(fail())  # (2)!
except KeyError as e:
    print(f"{type(e).__name__}: {e}")
