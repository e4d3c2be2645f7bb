import asyncio
import math

PERIOD = 0.5
LAST_TICK = 4


async def work(tick):
    await asyncio.sleep(1.2 if tick == 1 else 0.1)  # (1)!


async def ticker(policy):
    loop = asyncio.get_running_loop()
    start = loop.time()
    tick = 0
    while tick <= LAST_TICK:
        started = loop.time() - start
        print(f"{policy}: tick {tick} due {tick * PERIOD:.1f} s, started {started:.1f} s")
        await work(tick)
        tick += 1
        if policy == "skip":
            next_tick = max(tick, math.ceil((loop.time() - start) / PERIOD))  # (2)!
            if next_tick > tick:
                print(f"{policy}: ticks {list(range(tick, next_tick))} skipped")
                tick = next_tick
        await asyncio.sleep(start + tick * PERIOD - loop.time())  # (3)!


async def main():
    await ticker("catch-up")
    await ticker("skip")


asyncio.run(main())
