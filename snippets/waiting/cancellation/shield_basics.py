import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def save():
    log("save: started")
    await asyncio.sleep(1)
    log("save: finished")
    return "saved"


async def handler(save_task):
    try:
        result = await asyncio.shield(save_task)
        log(f"handler: {result}")
    except asyncio.CancelledError:
        log("handler: CancelledError")  # (1)!
        raise


async def main():
    save_task = asyncio.create_task(save())
    handler_task = asyncio.create_task(handler(save_task))
    await asyncio.sleep(0.3)
    handler_task.cancel()
    await asyncio.wait([handler_task])
    log(f"main: handler cancelled() = {handler_task.cancelled()}")
    log(f"main: save done() = {save_task.done()}")  # (2)!
    log(f"main: {await save_task}")  # (3)!


asyncio.run(main())
