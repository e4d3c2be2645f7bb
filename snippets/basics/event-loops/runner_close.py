import asyncio


async def main():
    return "done"


runner = asyncio.Runner()
loop = runner.get_loop()  # (1)!
print(f"get_loop(): running={loop.is_running()}, closed={loop.is_closed()}")
print(f"run(): {runner.run(main())}")
runner.close()
runner.close()  # (2)!
print(f"after close(): closed={loop.is_closed()}")

coro = main()
try:
    runner.run(coro)  # (3)!
except RuntimeError as e:
    coro.close()
    print(f"{type(e).__name__}: {e}")
