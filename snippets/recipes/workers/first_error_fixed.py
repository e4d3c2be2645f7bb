import asyncio
import time

start = time.perf_counter()
MIRRORS = {"a": 0.1, "b": 0.4, "c": 0.7}


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def download(name):
    await asyncio.sleep(MIRRORS[name])
    if name == "a":
        raise ConnectionError(f"mirror {name} refused")
    return f"file from {name}"


async def first_success():
    pending = {asyncio.create_task(download(name), name=name) for name in MIRRORS}
    errors = []
    try:
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                if task.exception() is None:  # (1)!
                    return task.result()
                log(f"{task.get_name()} failed: {task.exception()!r}")
                errors.append(task.exception())
        raise ExceptionGroup("every mirror failed", errors)  # (2)!
    finally:
        for task in pending:  # (3)!
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)


async def main():
    log(f"main: got {await first_success()!r}")


asyncio.run(main())
