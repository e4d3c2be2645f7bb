import asyncio
import signal
import subprocess
import sys


async def main():
    print("main: ready", flush=True)
    try:
        await asyncio.sleep(10)
    finally:
        print("main: finally")  # (1)!


def parent():
    child = subprocess.Popen(
        [sys.executable, __file__, "child"], stdout=subprocess.PIPE, text=True
    )
    print(child.stdout.readline(), end="")
    child.send_signal(signal.SIGTERM)  # (2)!
    print("[parent] sent SIGTERM")
    print(child.communicate()[0], end="")
    code = child.returncode
    print(f"[parent] return code: {code} ({signal.Signals(-code).name})")  # (3)!


if sys.argv[1:] == ["child"]:
    try:
        asyncio.run(main())
    finally:
        print("module: finally")
else:
    parent()
