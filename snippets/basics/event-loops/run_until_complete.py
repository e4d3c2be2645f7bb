import asyncio


async def compute():
    await asyncio.sleep(0.1)
    return 42


async def fail():
    raise ValueError("bad input")


loop = asyncio.new_event_loop()
print(f"coroutine: {loop.run_until_complete(compute())}")  # (1)!

task = loop.create_task(compute())
print(f"task: {loop.run_until_complete(task)}")

future = loop.create_future()
loop.call_later(0.1, future.set_result, "ready")
print(f"future: {loop.run_until_complete(future)!r}")  # (2)!

try:
    loop.run_until_complete(fail())
except ValueError as e:
    print(f"{type(e).__name__}: {e}")  # (3)!
loop.close()
