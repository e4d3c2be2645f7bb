import asyncio
import faulthandler
import os
import re
import subprocess
import sys
import time


def parse(data):
    time.sleep(2.0)  # (1)!


async def handle(data):
    parse(data)


async def main():
    faulthandler.dump_traceback_later(0.5)  # (2)!
    await handle(b"...")
    faulthandler.cancel_dump_traceback_later()  # (3)!


def own_frames(stderr):  # (4)!
    kept = []
    for line in stderr.splitlines():
        if line.startswith('  File "') and __file__ not in line:
            continue
        line = re.sub(r"Thread 0x[0-9a-f]+( \[.*?\])?", "Thread 0x…", line)
        kept.append(line.replace(__file__, os.path.basename(__file__)))
    return "\n".join(kept)


if sys.argv[1:] == ["child"]:
    asyncio.run(main())
else:
    child = subprocess.run([sys.executable, __file__, "child"], capture_output=True, text=True)
    print(own_frames(child.stderr))
