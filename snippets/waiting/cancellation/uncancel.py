import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def job(call_uncancel):
    task = asyncio.current_task()
    try:
        async with asyncio.timeout(1):
            try:
                await asyncio.sleep(0.5)
            except asyncio.CancelledError:
                if call_uncancel:
                    task.uncancel()  # (1)!
                log(f"job: request dropped, cancelling() = {task.cancelling()}")
            await asyncio.sleep(2)
    except TimeoutError:
        log("job: TimeoutError")  # (2)!


async def main():
    for call_uncancel in (False, True):
        log(f"main: call_uncancel={call_uncancel}")
        task = asyncio.create_task(job(call_uncancel))
        await asyncio.sleep(0.2)
        task.cancel()
        try:
            await task
            log("main: job returned")
        except asyncio.CancelledError:
            log("main: job was cancelled instead")  # (3)!


asyncio.run(main())
