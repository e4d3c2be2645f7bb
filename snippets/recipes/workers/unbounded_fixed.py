import asyncio

running = 0
peak = 0


async def fetch(n, sem):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.1)
        running -= 1
        return n


async def main():
    sem = asyncio.Semaphore(50)
    aws = [fetch(n, sem) for n in range(1000)]
    gathering = asyncio.gather(*aws)
    print(f"tasks waiting or running: {len(asyncio.all_tasks()) - 1}")  # (1)!
    results = await gathering
    print(f"results: {len(results)}, at once at most: {peak}")


asyncio.run(main())
