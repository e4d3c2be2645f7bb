import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def fetch(name, delay):
    await asyncio.sleep(delay)
    log(f"{name} finished")
    return name


async def main():
    results = await asyncio.gather(
        fetch("slow", 0.9),
        fetch("fast", 0.1),
        fetch("medium", 0.5),
    )  # (1)!
    log(f"results: {results}")  # (2)!


asyncio.run(main())
