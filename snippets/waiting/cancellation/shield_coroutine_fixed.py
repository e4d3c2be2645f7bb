import asyncio
import time

start = time.perf_counter()
background = set()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def save():
    log("save: started")
    try:
        await asyncio.sleep(1)
        log("save: finished")
    except asyncio.CancelledError:
        log("save: cancelled")
        raise


async def handler():
    save_task = asyncio.create_task(save())
    background.add(save_task)  # (1)!
    save_task.add_done_callback(background.discard)
    await asyncio.shield(save_task)


async def main():
    task = asyncio.create_task(handler())
    await asyncio.sleep(0.3)
    task.cancel()
    await asyncio.wait([task])
    await asyncio.gather(*background)  # (2)!
    log("main: return")


asyncio.run(main())
