import asyncio
import queue


async def main():
    q = asyncio.Queue()
    try:
        try:
            q.get_nowait()
        except queue.Empty:  # (1)!
            print("caught queue.Empty")
    except asyncio.QueueEmpty as exc:
        print(f"missed by except queue.Empty: {exc!r}")
    print(f"subclass of queue.Empty: {issubclass(asyncio.QueueEmpty, queue.Empty)}")


asyncio.run(main())
