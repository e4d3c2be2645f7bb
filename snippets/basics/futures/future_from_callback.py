import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


def legacy_lookup(loop, name, on_done):  # (1)!
    loop.call_later(0.5, on_done, f"{name}=10.0.0.7")


async def lookup(name):
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    legacy_lookup(loop, name, future.set_result)  # (2)!
    return await future


async def main():
    log(await lookup("db"))


asyncio.run(main())
