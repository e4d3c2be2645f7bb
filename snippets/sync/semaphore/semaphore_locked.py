import asyncio


async def main():
    sem = asyncio.Semaphore(2)
    print(f"value 2, nothing acquired: locked={sem.locked()}")
    await sem.acquire()
    print(f"one acquire():             locked={sem.locked()}")
    await sem.acquire()
    print(f"two acquire():             locked={sem.locked()}")  # (1)!
    sem.release()
    print(f"one release():             locked={sem.locked()}")


asyncio.run(main())
