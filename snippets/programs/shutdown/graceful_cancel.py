import asyncio
import signal
import subprocess
import sys


async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, asyncio.current_task().cancel)  # (1)!
    print("main: ready", flush=True)
    try:
        await asyncio.sleep(10)
    finally:
        print("main: finally")


def parent():
    child = subprocess.Popen(
        [sys.executable, __file__, "child"], stdout=subprocess.PIPE, text=True
    )
    print(child.stdout.readline(), end="")
    child.send_signal(signal.SIGTERM)
    print("[parent] sent SIGTERM")
    print(child.communicate()[0], end="")
    print("[parent] return code:", child.returncode)


if sys.argv[1:] == ["child"]:
    try:
        asyncio.run(main())
    except asyncio.CancelledError:
        print("asyncio.run() raised CancelledError")  # (2)!
else:
    parent()
