import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(f"inside:  running={loop.is_running()}, closed={loop.is_closed()}")  # (1)!


loop = asyncio.new_event_loop()
print(f"created: running={loop.is_running()}, closed={loop.is_closed()}")
loop.run_until_complete(main())
print(f"after:   running={loop.is_running()}, closed={loop.is_closed()}")  # (2)!
loop.close()
print(f"closed:  running={loop.is_running()}, closed={loop.is_closed()}")
