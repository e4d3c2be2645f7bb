import asyncio


def callback():
    print(f"callback: {asyncio.current_task()}")  # (1)!


async def worker():
    print(f"worker: {asyncio.current_task().get_name()}")


async def main():
    print(f"main: {asyncio.current_task().get_name()}")  # (2)!
    asyncio.get_running_loop().call_soon(callback)
    await asyncio.create_task(worker(), name="worker")


try:
    asyncio.current_task()  # (3)!
except RuntimeError as e:
    print(f"RuntimeError: {e}")
asyncio.run(main())
