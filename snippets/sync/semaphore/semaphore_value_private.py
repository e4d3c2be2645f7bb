import asyncio


async def waiter(sem):
    await sem.acquire()
    print("waiter: acquired")
    sem.release()


async def main():
    sem = asyncio.Semaphore(2)
    await sem.acquire()
    await sem.acquire()
    task = asyncio.create_task(waiter(sem))
    await asyncio.sleep(0)
    sem.release()  # (1)!
    sem.release()
    print(f"main: _value={sem._value}, locked()={sem.locked()}")  # (2)!
    await sem.acquire()  # (3)!
    print("main: acquired")
    sem.release()
    await task


asyncio.run(main())
