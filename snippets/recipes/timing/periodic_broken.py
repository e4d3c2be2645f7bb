import asyncio

PERIOD = 1.0


async def work():
    await asyncio.sleep(0.3)  # (1)!


async def ticker():
    loop = asyncio.get_running_loop()
    start = loop.time()
    tick = 0
    try:
        while True:
            started = loop.time() - start
            print(f"tick {tick}: due {tick * PERIOD:.1f} s, started {started:.1f} s")
            await work()
            await asyncio.sleep(PERIOD)  # (2)!
            tick += 1
    finally:
        print(f"ticker stopped at {loop.time() - start:.1f} s")


async def main():
    task = asyncio.create_task(ticker(), name="ticker")
    await asyncio.sleep(3.5)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    print(f"cancelled: {task.cancelled()}")


asyncio.run(main())
