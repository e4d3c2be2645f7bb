import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def transfer(name, locks, *names):
    first, second = sorted(names)  # (1)!
    async with locks[first]:
        log(f"{name} took {first}")
        await asyncio.sleep(0.1)
        log(f"{name} waits for {second}")
        async with locks[second]:
            log(f"{name} took {second}")


async def main():
    locks = {"A": asyncio.Lock(), "B": asyncio.Lock()}
    async with asyncio.timeout(1):
        await asyncio.gather(
            transfer("task 1", locks, "A", "B"),
            transfer("task 2", locks, "B", "A"),  # (2)!
        )
    log("both transfers done")


asyncio.run(main())
