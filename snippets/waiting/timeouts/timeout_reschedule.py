import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:  # (1)!
            log(f"when={cm.when()} expired={cm.expired()}")
            cm.reschedule(loop.time() + 0.5)  # (2)!
            log(f"deadline in {cm.when() - loop.time():.1f}s")
            await asyncio.sleep(0.3)
            cm.reschedule(cm.when() + 0.5)  # (3)!
            log(f"deadline in {cm.when() - loop.time():.1f}s")
            await asyncio.sleep(10)
    except TimeoutError:
        log(f"TimeoutError, expired={cm.expired()}")  # (4)!


asyncio.run(main())
