import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def save_state():
    log("save: started")
    try:
        await asyncio.sleep(0.5)
        log("save: done")
    except asyncio.CancelledError:
        log("save: CancelledError, the state is lost")
        raise


async def serve():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log("serve: cancelled, saving the state")
        save = asyncio.create_task(save_state())  # (1)!
        try:
            await asyncio.shield(save)
        except asyncio.CancelledError:
            log("serve: cancelled again; shield() raised at once, the save goes on")  # (2)!
            await save  # (3)!
        raise


async def main():
    task = asyncio.create_task(serve())
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, task.cancel)
    loop.call_later(0.3, task.cancel)
    await asyncio.gather(task, return_exceptions=True)
    log(f"main: serve cancelled: {task.cancelled()}")


asyncio.run(main())
