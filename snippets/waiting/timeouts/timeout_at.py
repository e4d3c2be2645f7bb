import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def step(name):
    await asyncio.sleep(0.4)
    log(f"{name} done")


async def main():
    deadline = asyncio.get_running_loop().time() + 1.0  # (1)!
    try:
        for name in ("connect", "send", "receive"):
            async with asyncio.timeout_at(deadline):  # (2)!
                await step(name)
    except TimeoutError:
        log("deadline reached")


asyncio.run(main())
