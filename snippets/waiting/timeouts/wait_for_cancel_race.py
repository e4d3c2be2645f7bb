import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    waiter = asyncio.create_task(asyncio.wait_for(fut, timeout=10))
    await asyncio.sleep(0)

    fut.set_result("result")  # (1)!
    waiter.cancel()
    try:
        print(f"wait_for returned {await waiter!r}")  # (2)!
    except asyncio.CancelledError:
        print("wait_for raised CancelledError")  # (3)!


asyncio.run(main())
