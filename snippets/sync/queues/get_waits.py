import asyncio
import time

start = time.perf_counter()


def log(message):
    print(f"t={time.perf_counter() - start:.1f}s {message}")


async def consumer(queue):
    for _ in range(2):
        log("consumer: waiting")
        item = await queue.get()  # (1)!
        log(f"consumer: got {item}")


async def producer(queue):
    for item in ("a", "b"):
        await asyncio.sleep(0.5)
        log(f"producer: put {item}")
        await queue.put(item)


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(consumer(queue), producer(queue))


asyncio.run(main())
