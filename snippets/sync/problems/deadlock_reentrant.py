import asyncio


async def main():
    lock = asyncio.Lock()
    async with lock:
        print("first acquire: done")
        try:
            async with asyncio.timeout(1):
                await lock.acquire()  # (1)!
        except TimeoutError:
            print("second acquire in the same task: TimeoutError after 1 s")


asyncio.run(main())
