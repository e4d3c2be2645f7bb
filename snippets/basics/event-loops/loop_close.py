import asyncio


async def close_running_loop():
    asyncio.get_running_loop().close()


async def main():
    return "done"


loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(close_running_loop())  # (1)!
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

loop.close()
loop.close()  # (2)!
print(f"closed: {loop.is_closed()}")

coro = main()
try:
    loop.run_until_complete(coro)  # (3)!
except RuntimeError as e:
    coro.close()
    print(f"{type(e).__name__}: {e}")

try:
    loop.call_soon(print, "never printed")
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
