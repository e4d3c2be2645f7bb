import asyncio


async def main():
    return asyncio.get_running_loop().get_debug()


loop = asyncio.new_event_loop()
print(f"get_debug(): {loop.get_debug()}")  # (1)!
loop.set_debug(True)
print(f"inside after set_debug(True): {loop.run_until_complete(main())}")
print(f"slow_callback_duration: {loop.slow_callback_duration}")  # (2)!
loop.close()
