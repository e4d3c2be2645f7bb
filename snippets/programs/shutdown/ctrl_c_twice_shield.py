import asyncio
import signal
import subprocess
import sys
import time


async def save_state():
    try:
        print("save: started", flush=True)
        await asyncio.sleep(10)
        print("save: done")
    finally:
        print("save: finally, the save did not finish")  # (2)!


async def main():
    print("main: ready", flush=True)
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        await asyncio.shield(save_state())  # (1)!
        raise


def parent():
    child = subprocess.Popen(
        [sys.executable, __file__, "child"], stdout=subprocess.PIPE, text=True
    )
    print(child.stdout.readline(), end="")
    child.send_signal(signal.SIGINT)
    print("[parent] sent SIGINT")
    print(child.stdout.readline(), end="")
    time.sleep(0.2)  # (3)!
    child.send_signal(signal.SIGINT)
    print("[parent] sent SIGINT again")
    print(child.communicate()[0], end="")
    print("[parent] return code:", child.returncode)


if sys.argv[1:] == ["child"]:
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        print("asyncio.run() raised KeyboardInterrupt")
else:
    parent()
