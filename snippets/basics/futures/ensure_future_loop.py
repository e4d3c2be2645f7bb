import asyncio


async def fetch():
    return "data"


loop = asyncio.new_event_loop()
try:
    task = asyncio.ensure_future(fetch(), loop=loop)  # (1)!
    print(f"{type(task).__name__}, loop running: {loop.is_running()}")
    print(loop.run_until_complete(task))  # (2)!
finally:
    loop.close()
