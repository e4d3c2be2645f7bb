import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def save():
    await asyncio.sleep(1)
    return "saved"


async def handler(save_task):
    try:
        await asyncio.shield(save_task)
    except asyncio.CancelledError:
        log("handler: CancelledError")
        raise


async def main():
    save_task = asyncio.create_task(save())
    handler_task = asyncio.create_task(handler(save_task))
    await asyncio.sleep(0.3)
    save_task.cancel()  # (1)!
    await asyncio.wait([handler_task])
    log(f"main: save cancelled() = {save_task.cancelled()}")
    log(f"main: handler cancelled() = {handler_task.cancelled()}")  # (2)!


asyncio.run(main())
