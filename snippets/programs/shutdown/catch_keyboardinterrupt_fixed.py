import asyncio
import signal
import subprocess
import sys


async def main():
    print("main: ready", flush=True)
    try:
        await asyncio.sleep(10)
    finally:  # (1)!
        print("main: finally, saving")


def parent():
    child = subprocess.Popen(
        [sys.executable, __file__, "child"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    print(child.stdout.readline(), end="")
    child.send_signal(signal.SIGINT)
    print("[parent] sent SIGINT")
    out, err = child.communicate()
    print(out, end="")
    print(f"[parent] stderr: {err!r}")
    print("[parent] return code:", child.returncode)


if sys.argv[1:] == ["child"]:
    try:
        asyncio.run(main())
    except KeyboardInterrupt:  # (2)!
        print("stopped by Ctrl+C")
else:
    parent()
