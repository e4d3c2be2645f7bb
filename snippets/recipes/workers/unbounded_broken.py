import asyncio

running = 0
peak = 0


async def fetch(n):
    global running, peak
    running += 1
    peak = max(peak, running)
    await asyncio.sleep(0.1)  # (1)!
    running -= 1
    return n


async def main():
    results = await asyncio.gather(*(fetch(n) for n in range(1000)))  # (2)!
    print(f"results: {len(results)}, at once at most: {peak}")


asyncio.run(main())
