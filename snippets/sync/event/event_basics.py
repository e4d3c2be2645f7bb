import asyncio


async def main():
    event = asyncio.Event()
    print(f"is_set() = {event.is_set()}")  # (1)!
    print(f"set() returned {event.set()}, is_set() = {event.is_set()}")
    print(f"wait() returned {await event.wait()}")  # (2)!
    print(f"wait() returned {await event.wait()}")
    print(f"clear() returned {event.clear()}, is_set() = {event.is_set()}")


asyncio.run(main())
