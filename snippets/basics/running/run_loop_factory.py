import asyncio


class MyLoop(asyncio.SelectorEventLoop):
    pass


async def main():
    return type(asyncio.get_running_loop()).__name__


coro = main()
try:
    print(f"loop: {asyncio.run(coro, loop_factory=MyLoop)}")
except TypeError as e:
    coro.close()  # (1)!
    print(f"{type(e).__name__}: {e}")
