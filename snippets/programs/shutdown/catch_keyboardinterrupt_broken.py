import asyncio
import signal
import subprocess
import sys


async def main():
    print("main: ready", flush=True)
    try:
        await asyncio.sleep(10)
    except KeyboardInterrupt:  # (1)!
        print("main: caught KeyboardInterrupt, saving")


def parent():
    child = subprocess.Popen(
        [sys.executable, __file__, "child"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    print(child.stdout.readline(), end="")
    child.send_signal(signal.SIGINT)
    print("[parent] sent SIGINT")
    out, err = child.communicate()
    print(out, end="")
    print("[parent] last line of stderr:", err.splitlines()[-1])  # (2)!
    print("[parent] return code:", child.returncode)


if sys.argv[1:] == ["child"]:
    asyncio.run(main())
else:
    parent()
