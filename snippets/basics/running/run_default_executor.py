import asyncio
import threading
import time

release = threading.Event()


def blocking_job():
    release.wait()
    time.sleep(0.2)
    print("job: done")


async def main():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, blocking_job)  # (1)!
    print("main: return")
    release.set()


asyncio.run(main())  # (2)!
print("after asyncio.run")
