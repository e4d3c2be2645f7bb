# Python 3.14+
import asyncio
import os
import re
import subprocess
import sys


async def fetch(event):
    await event.wait()


async def worker(event):
    await fetch(event)


async def main():
    event = asyncio.Event()
    async with asyncio.timeout(30), asyncio.TaskGroup() as tg:  # (1)!
        tg.create_task(worker(event), name="worker-1")
        tg.create_task(worker(event), name="worker-2")
        await asyncio.sleep(0)
        print("ready", flush=True)  # (2)!


def short(text):  # (3)!
    text = text.replace(__file__, os.path.basename(__file__))
    return re.sub(r"\S*?(asyncio/\w+\.py):\d+", r"\1:…", text)


def table(text):  # (4)!
    return "\n".join(line[32:170].rstrip() for line in text.splitlines() if line.strip())


if sys.argv[1:] == ["child"]:
    asyncio.run(main())
else:
    child = subprocess.Popen([sys.executable, __file__, "child"], stdout=subprocess.PIPE, text=True)
    try:
        print(f"child: {child.stdout.readline().strip()}")
        for command in ("ps", "pstree"):
            result = subprocess.run(
                [sys.executable, "-m", "asyncio", command, str(child.pid)], capture_output=True, text=True
            )  # (5)!
            print(f"$ python -m asyncio {command} PID  (exit status {result.returncode})")
            print(table(result.stdout) if command == "ps" else short(result.stdout).rstrip())
            print(result.stderr, end="")
    finally:
        child.kill()  # (6)!
        child.wait()
