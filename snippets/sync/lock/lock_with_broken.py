import asyncio


async def main():
    lock = asyncio.Lock()
    print(f"has __enter__: {hasattr(lock, '__enter__')}")  # (1)!
    print(f"has __aenter__: {hasattr(lock, '__aenter__')}")
    try:
        with lock:
            print("inside")
    except TypeError:
        print("with lock: TypeError")  # (2)!


asyncio.run(main())
