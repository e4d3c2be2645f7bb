import asyncio
import time


async def worker():
    try:
        await asyncio.sleep(10)
        print("worker: finished")
    except asyncio.CancelledError:
        print("worker: cancelled")  # (1)!
        raise


async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    print("main: return")


start = time.perf_counter()
asyncio.run(main())
print(f"asyncio.run took {time.perf_counter() - start:.1f} s")  # (2)!
