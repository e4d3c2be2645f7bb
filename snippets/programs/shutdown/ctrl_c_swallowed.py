import asyncio
import signal
import subprocess
import sys


async def main():
    print("main: ready", flush=True)
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "stopped"  # (1)!


def parent():
    child = subprocess.Popen(
        [sys.executable, __file__, "child"], stdout=subprocess.PIPE, text=True
    )
    print(child.stdout.readline(), end="")
    child.send_signal(signal.SIGINT)
    print("[parent] sent SIGINT")
    print(child.communicate()[0], end="")
    print("[parent] return code:", child.returncode)  # (2)!


if sys.argv[1:] == ["child"]:
    print(f"asyncio.run() returned {asyncio.run(main())!r}")
else:
    parent()
