import asyncio
import signal
import subprocess
import sys


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("worker: CancelledError")  # (1)!
        raise


async def main():
    task = asyncio.create_task(worker())
    print("main: ready", flush=True)
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"main: CancelledError, cleaning up; worker done: {task.done()}")  # (2)!
        raise
    finally:
        print("main: finally")


def parent():
    child = subprocess.Popen(  # (3)!
        [sys.executable, __file__, "child"], stdout=subprocess.PIPE, text=True
    )
    print(child.stdout.readline(), end="")
    child.send_signal(signal.SIGINT)  # (4)!
    print("[parent] sent SIGINT")
    print(child.communicate()[0], end="")
    print("[parent] return code:", child.returncode)


if sys.argv[1:] == ["child"]:
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        print("asyncio.run() raised KeyboardInterrupt")  # (5)!
else:
    parent()
