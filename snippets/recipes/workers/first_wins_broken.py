import asyncio
import time

start = time.perf_counter()
MIRRORS = {"a": 0.3, "b": 0.6, "c": 0.9}
open_connections = 0


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def download(name):
    global open_connections
    open_connections += 1
    try:
        await asyncio.sleep(MIRRORS[name])
        return f"file from {name}"
    except asyncio.CancelledError:
        log(f"{name}: cancelled")
        raise
    finally:
        await asyncio.sleep(0.1)  # (1)!
        open_connections -= 1
        log(f"{name}: connection closed")


async def fastest():
    tasks = [asyncio.create_task(download(name), name=name) for name in MIRRORS]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for task in tasks:
        if task in pending:
            task.cancel()
    return done.pop().result()  # (2)!


async def main():
    log(f"main: got {await fastest()!r}")


asyncio.run(main())  # (3)!
log(f"after asyncio.run(): open connections: {open_connections}")
