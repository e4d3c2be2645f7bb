import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def ticker():
    try:
        for i in range(1, 10):
            await asyncio.sleep(0.2)
            log(f"tick {i}")
    except asyncio.CancelledError:
        log("ticker: cancelled")
        raise


async def start_ticker():
    return asyncio.create_task(ticker())


with asyncio.Runner() as runner:
    task = runner.run(start_ticker())  # (1)!
    time.sleep(0.3)  # (2)!
    log("between the runs")
    runner.run(asyncio.sleep(0.5))  # (3)!
    log(f"same loop: {task.get_loop() is runner.get_loop()}")
log(f"after with: loop closed={task.get_loop().is_closed()}")  # (4)!
