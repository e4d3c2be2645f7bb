import asyncio


async def main():
    future = asyncio.get_running_loop().create_future()
    for call in (future.result, future.exception):  # (1)!
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(f"{call.__name__}() on pending: InvalidStateError: {e}")
    future.set_result(1)
    try:
        future.set_result(2)  # (2)!
    except asyncio.InvalidStateError as e:
        print(f"second set_result(): InvalidStateError: {e}")
    try:
        future.set_exception(ValueError("late"))
    except asyncio.InvalidStateError as e:
        print(f"set_exception() after it: InvalidStateError: {e}")
    print(f"result is still {future.result()}")


asyncio.run(main())
