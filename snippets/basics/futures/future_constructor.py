import asyncio


async def main():
    running = asyncio.get_running_loop()
    implicit = asyncio.Future()  # (1)!
    explicit = asyncio.Future(loop=running)
    created = running.create_future()  # (2)!
    for name, future in [("Future()", implicit), ("Future(loop=...)", explicit),
                         ("create_future()", created)]:
        print(f"{name:17} {type(future).__name__}, "
              f"get_loop() is running loop: {future.get_loop() is running}")
        future.cancel()


asyncio.run(main())
