import asyncio


async def main():
    unbounded = asyncio.Queue()
    for i in range(1000):
        unbounded.put_nowait(i)
    print(f"maxsize={unbounded.maxsize} qsize={unbounded.qsize()} full={unbounded.full()}")  # (1)!

    negative = asyncio.Queue(maxsize=-1)
    negative.put_nowait("x")
    print(f"maxsize={negative.maxsize} qsize={negative.qsize()} full={negative.full()}")  # (2)!

    bounded = asyncio.Queue(maxsize=2)
    for item in ("x", "y"):
        bounded.put_nowait(item)
        print(f"maxsize={bounded.maxsize} qsize={bounded.qsize()} full={bounded.full()}")


asyncio.run(main())
