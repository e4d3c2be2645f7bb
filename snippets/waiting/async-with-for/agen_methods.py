import asyncio


async def accumulator():
    total = 0
    try:
        while True:
            try:
                value = yield total  # (1)!
            except ValueError as e:
                print(f"  inside: {e!r}, reset")  # (2)!
                total = 0
            else:
                total += value
    finally:
        print("  inside: finally")  # (3)!


async def main():
    try:
        await accumulator().asend(5)
    except TypeError as e:
        print(f"TypeError: {e}")  # (4)!
    acc = accumulator()
    print(f"asend(None) -> {await acc.asend(None)}")  # (5)!
    print(f"asend(5) -> {await acc.asend(5)}")
    print(f"asend(10) -> {await acc.asend(10)}")
    print(f"athrow(...) -> {await acc.athrow(ValueError('reset'))}")
    print(f"asend(1) -> {await acc.asend(1)}")
    print("aclose()")
    await acc.aclose()
    try:
        await acc.asend(1)
    except StopAsyncIteration:
        print("closed: StopAsyncIteration")  # (6)!


asyncio.run(main())
