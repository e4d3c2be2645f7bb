import asyncio


async def main():
    value = await asyncio.sleep(0.1, result="ready")  # (1)!
    print(f"sleep returned: {value!r}")
    print(f"without result: {await asyncio.sleep(0.1)!r}")


asyncio.run(main())
