# Python 3.12+
import asyncio


async def job(name, cached):
    print(f"{name}: start")
    if not cached:
        await asyncio.sleep(0.1)  # (1)!
    print(f"{name}: end")
    return name


async def main():
    loop = asyncio.get_running_loop()
    lazy = asyncio.create_task(job("lazy", cached=False))
    print(f"lazy created, done={lazy.done()}")

    loop.set_task_factory(asyncio.eager_task_factory)  # (2)!
    slow = asyncio.create_task(job("eager-slow", cached=False))
    print(f"eager-slow created, done={slow.done()}")  # (3)!
    quick = asyncio.create_task(job("eager-quick", cached=True))
    print(f"eager-quick created, done={quick.done()}, result={quick.result()}")  # (4)!

    print(await asyncio.gather(lazy, slow))


asyncio.run(main())
