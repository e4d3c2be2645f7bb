import asyncio
import time


async def other():
    print("other task: ran")


async def main():
    asyncio.create_task(other())
    start = time.perf_counter()
    value = await asyncio.sleep(-5, result="ok")  # (1)!
    print(f"sleep(-5) returned {value!r} after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
