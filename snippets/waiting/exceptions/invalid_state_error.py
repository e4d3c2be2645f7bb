import asyncio


async def main():
    task = asyncio.create_task(asyncio.sleep(0.1))
    try:
        task.result()  # (1)!
    except asyncio.InvalidStateError as e:
        print(f"result() of a pending task: {e!r}")
    try:
        task.exception()  # (2)!
    except asyncio.InvalidStateError as e:
        print(f"exception() of a pending task: {e!r}")
    await task

    future = asyncio.get_running_loop().create_future()
    future.set_result(1)
    try:
        future.set_result(2)  # (3)!
    except asyncio.InvalidStateError as e:
        print(f"set_result() twice: {e!r}")


asyncio.run(main())
