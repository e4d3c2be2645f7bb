import asyncio


async def whoami():
    return asyncio.get_running_loop()


first = asyncio.new_event_loop()
second = asyncio.new_event_loop()
print(f"two calls, two loops: {first is not second}")  # (1)!
print(f"runs in first: {first.run_until_complete(whoami()) is first}")  # (2)!
print(f"runs in second: {second.run_until_complete(whoami()) is second}")
first.close()
second.close()  # (3)!
