import asyncio


class MyLoop(asyncio.SelectorEventLoop):
    pass


async def main():
    loop = asyncio.get_running_loop()
    return f"MyLoop: {isinstance(loop, MyLoop)}, debug: {loop.get_debug()}"


with asyncio.Runner(debug=True, loop_factory=MyLoop) as runner:  # (1)!
    print(runner.run(main()))

with asyncio.Runner() as runner:
    print(runner.run(main()))  # (2)!
