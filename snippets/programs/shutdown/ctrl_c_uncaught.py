import asyncio
import signal
import subprocess
import sys


async def main():
    print("main: ready", flush=True)
    await asyncio.sleep(10)


def parent():
    child = subprocess.Popen(
        [sys.executable, __file__, "child"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    print(child.stdout.readline(), end="")
    child.send_signal(signal.SIGINT)
    print("[parent] sent SIGINT")
    out, err = child.communicate()
    print(out, end="")
    print("[parent] last line of stderr:", err.splitlines()[-1])  # (1)!
    code = child.returncode
    print(f"[parent] return code: {code} ({signal.Signals(-code).name})")  # (2)!


if sys.argv[1:] == ["child"]:
    asyncio.run(main())
else:
    parent()
