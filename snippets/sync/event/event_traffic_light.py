import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def traffic_light(green):
    for _ in range(2):
        log("light: red")
        green.clear()  # (1)!
        await asyncio.sleep(1)
        log("light: green")
        green.set()  # (2)!
        await asyncio.sleep(1)


async def car(n, arrives_at, green):
    await asyncio.sleep(arrives_at)
    if not green.is_set():
        log(f"car {n} stops at red")
    await green.wait()  # (3)!
    log(f"car {n} drives through")


async def main():
    green = asyncio.Event()
    await asyncio.gather(
        traffic_light(green),
        car(1, 0.2, green),
        car(2, 0.5, green),
        car(3, 1.5, green),
        car(4, 2.4, green),
    )


asyncio.run(main())
