import asyncio


async def main():
    for cls in (asyncio.Semaphore, asyncio.BoundedSemaphore):
        sem = cls(1)
        async with sem:
            pass
        try:
            sem.release()  # (1)!
            print(f"{cls.__name__}: extra release() accepted")
        except ValueError as e:
            print(f"{cls.__name__}: ValueError: {e}")  # (2)!


asyncio.run(main())
