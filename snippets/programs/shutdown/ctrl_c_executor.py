import asyncio
import signal
import subprocess
import sys


def job():
    line = sys.stdin.readline()  # (1)!
    print(f"job: read {line.strip()!r}, finished")


async def main():
    loop = asyncio.get_running_loop()
    print("main: ready", flush=True)
    try:
        await loop.run_in_executor(None, job)
    except asyncio.CancelledError:
        print("main: CancelledError; the job's thread is still running", flush=True)  # (2)!
        raise


def parent():
    child = subprocess.Popen(
        [sys.executable, __file__, "child"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    print(child.stdout.readline(), end="")
    child.send_signal(signal.SIGINT)
    print("[parent] sent SIGINT")
    print(child.stdout.readline(), end="")
    print("[parent] sends the line 'go'")
    print(child.communicate("go\n")[0], end="")  # (3)!
    print("[parent] return code:", child.returncode)


if sys.argv[1:] == ["child"]:
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        print("asyncio.run() raised KeyboardInterrupt")
else:
    parent()
