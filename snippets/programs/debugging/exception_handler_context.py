import asyncio
import gc
import os


def short(text):
    return text.replace(__file__, os.path.basename(__file__))  # (1)!


def handler(loop, context):  # (2)!
    print(f"message: {short(context['message'])}")
    for key in sorted(context):
        if key != "message":
            print(f"  {key}: {type(context[key]).__name__}")


def broken(x):
    raise ValueError(x)


async def fail():
    raise KeyError("k")


async def wait_forever():
    await asyncio.get_running_loop().create_future()


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(broken, 1)  # (3)!
    asyncio.create_task(fail())  # (4)!
    await asyncio.sleep(0.1)
    future = loop.create_future()
    future.set_exception(OSError("disk"))
    del future  # (5)!
    task = asyncio.create_task(wait_forever())
    await asyncio.sleep(0.1)
    del task
    gc.collect()  # (6)!


print("--- asyncio.run(main())")
asyncio.run(main())
print("--- asyncio.run(main(), debug=True)")
asyncio.run(main(), debug=True)  # (7)!
