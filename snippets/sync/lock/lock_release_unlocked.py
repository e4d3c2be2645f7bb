import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()  # (1)!
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")


asyncio.run(main())
