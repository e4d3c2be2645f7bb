import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def transfer(name, locks, first, second):
    try:
        async with locks[first]:
            log(f"{name} took {first}")
            await asyncio.sleep(0.1)
            log(f"{name} waits for {second}")
            async with locks[second]:  # (1)!
                log(f"{name} took {second}")
    except asyncio.CancelledError:
        log(f"{name} cancelled while waiting for {second}")
        raise


async def main():
    locks = {"A": asyncio.Lock(), "B": asyncio.Lock()}
    try:
        async with asyncio.timeout(1):  # (2)!
            await asyncio.gather(
                transfer("task 1", locks, "A", "B"),
                transfer("task 2", locks, "B", "A"),  # (3)!
            )
    except TimeoutError:
        log("deadlock detected: no progress in 1 s")
    log(f"A locked: {locks['A'].locked()}, B locked: {locks['B'].locked()}")  # (4)!


asyncio.run(main())
