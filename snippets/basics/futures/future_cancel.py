import asyncio


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    print(f"cancel(): {future.cancel('no longer needed')}")  # (1)!
    print(f"cancelled={future.cancelled()}, done={future.done()}")
    print(f"cancel() again: {future.cancel()}")  # (2)!
    try:
        future.result()  # (3)!
    except asyncio.CancelledError as e:
        print(f"result() raised CancelledError: {e}")
    try:
        future.set_result("too late")
    except asyncio.InvalidStateError as e:
        print(f"set_result(): InvalidStateError: {e}")

    finished = loop.create_future()
    finished.set_result("ok")
    print(f"cancel() on a finished future: {finished.cancel()}")  # (4)!


asyncio.run(main())
