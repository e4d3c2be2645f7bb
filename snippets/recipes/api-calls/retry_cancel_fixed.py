import asyncio
import time

start = time.perf_counter()


def log(msg):
    print(f"t={time.perf_counter() - start:.1f}s {msg}")


async def request(n):
    await asyncio.sleep(0.3)
    if n < 3:
        raise ConnectionError(f"call {n} failed")
    return f"answer from call {n}"


async def fetch_with_retry():
    for n in range(1, 6):
        try:
            return await request(n)
        except Exception as exc:  # (1)!
            log(f"call {n}: {type(exc).__name__}, retry")
            await asyncio.sleep(0.1 * 2**n)


async def main():
    task = asyncio.create_task(fetch_with_retry())
    await asyncio.sleep(0.1)
    task.cancel()
    log("cancel() sent")
    try:
        log(f"result: {await task}")
    except asyncio.CancelledError:
        log("task cancelled")
    log(f"cancelled(): {task.cancelled()}")


asyncio.run(main())
