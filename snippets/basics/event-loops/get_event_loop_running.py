import asyncio


async def main():
    loop = asyncio.get_event_loop()  # (1)!
    print(f"same as get_running_loop(): {loop is asyncio.get_running_loop()}")


asyncio.run(main())
