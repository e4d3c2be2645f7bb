import asyncio


def worker(loop):
    try:
        loop.call_soon(print, "never printed")  # (1)!
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")


async def main():
    await asyncio.to_thread(worker, asyncio.get_running_loop())


asyncio.run(main(), debug=True)  # (2)!
