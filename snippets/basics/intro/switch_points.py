import asyncio
import threading


async def compute():
    return 42


async def other():
    print(f"other: runs in {threading.current_thread().name}")


async def main():
    print(f"main: runs in {threading.current_thread().name}")
    asyncio.create_task(other())  # (1)!
    await compute()  # (2)!
    print("main: after await compute()")
    await asyncio.sleep(0)  # (3)!
    print("main: after await asyncio.sleep(0)")


asyncio.run(main())
