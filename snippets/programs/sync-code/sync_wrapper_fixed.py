import asyncio
import threading


async def fetch_report():
    await asyncio.sleep(0.1)
    return f"report from {threading.current_thread().name}"


def get_report():
    return asyncio.run(fetch_report())


async def main():
    print(f"await: {await fetch_report()}")  # (1)!
    print(f"to_thread: {await asyncio.to_thread(get_report)}")  # (2)!


asyncio.run(main())
