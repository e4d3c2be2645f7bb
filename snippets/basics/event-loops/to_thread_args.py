import asyncio
import threading


def fetch(name, *, retries):
    if retries < 1:
        raise ValueError(f"retries must be positive, got {retries}")
    return f"{name}, retries={retries}, thread={threading.current_thread().name}"


async def main():
    print(await asyncio.to_thread(fetch, "report.csv", retries=2))  # (1)!
    try:
        await asyncio.to_thread(fetch, "report.csv", retries=0)
    except ValueError as e:
        print(f"{type(e).__name__}: {e}")  # (2)!


asyncio.run(main())
