import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def job(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        log(f"{name} cancelled")  # (1)!
        raise
    if fail:
        raise ValueError(f"{name} failed")
    log(f"{name} done")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("fast", 0.2), name="fast")
            tg.create_task(job("broken", 0.5, fail=True), name="broken")
            slow = tg.create_task(job("slow", 2.0), name="slow")
            await asyncio.sleep(10)  # (2)!
            log("never printed")
    except* ValueError as group:  # (3)!
        log(f"caught {group!r}")
    log(f"slow.cancelled() = {slow.cancelled()}")


asyncio.run(main())
