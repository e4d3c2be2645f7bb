import asyncio
import time

start = time.perf_counter()
MIRRORS = {"a": 0.1, "b": 0.4, "c": 0.7}


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def download(name):
    await asyncio.sleep(MIRRORS[name])
    if name == "a":
        raise ConnectionError(f"mirror {name} refused")  # (1)!
    return f"file from {name}"


async def fastest():
    tasks = [asyncio.create_task(download(name), name=name) for name in MIRRORS]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    log(f"done: {[t.get_name() for t in done]}")  # (2)!
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    return done.pop().result()  # (3)!


async def main():
    try:
        log(f"main: got {await fastest()!r}")
    except ConnectionError as exc:
        log(f"main: {exc!r}")


asyncio.run(main())
