import asyncio
import signal
import subprocess
import sys


async def main():
    print("main: ready", flush=True)
    line = input()  # (1)!
    requests = asyncio.current_task().cancelling()
    print(f"main: input() returned {line!r}, cancellation requests: {requests}")  # (2)!
    await asyncio.sleep(0)  # (3)!
    print("main: not printed")


def parent():
    child = subprocess.Popen(
        [sys.executable, __file__, "child"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    print(child.stdout.readline(), end="")
    child.send_signal(signal.SIGINT)
    print("[parent] sent SIGINT, then the line 'go'")
    print(child.communicate("go\n")[0], end="")  # (4)!
    print("[parent] return code:", child.returncode)


if sys.argv[1:] == ["child"]:
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        print("asyncio.run() raised KeyboardInterrupt")
else:
    parent()
