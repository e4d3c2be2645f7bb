import asyncio
import time


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i


async def square(x):
    await asyncio.sleep(0.2)
    return x * x


async def main():
    print([i async for i in ticks(3)])  # (1)!
    print({i: str(i) async for i in ticks(2)})
    print([i async for i in ticks(4) if i % 2])

    t = time.perf_counter()
    squares = [await square(x) for x in range(3)]  # (2)!
    print(f"await in a comprehension: {squares}, {time.perf_counter() - t:.1f}s")

    t = time.perf_counter()
    squares = await asyncio.gather(*(square(x) for x in range(3)))  # (3)!
    print(f"gather: {squares}, {time.perf_counter() - t:.1f}s")

    gen = (i * 10 async for i in ticks(2))  # (4)!
    print(type(gen).__name__, [x async for x in gen])


asyncio.run(main())
