import asyncio
import os
import re
import subprocess
import sys

NAME = os.path.basename(__file__)


async def fail():
    raise ValueError("boom")


def start_job():
    asyncio.create_task(fail(), name="job")


async def main():
    start_job()
    await asyncio.sleep(0.1)


def own_frames(stderr):  # (1)!
    kept, skip = [], False
    for line in stderr.splitlines():
        if line.startswith('  File "'):
            skip = __file__ not in line
        elif not line.startswith("    "):
            skip = False
        if not skip:
            kept.append(line.replace(__file__, NAME))
    return re.sub(r"created at \S+(asyncio/\w+\.py):\d+", r"created at \1:…", "\n".join(kept))


if sys.argv[1:] == ["child"]:  # (2)!
    asyncio.run(main(), debug=True)
else:
    child = subprocess.run([sys.executable, __file__, "child"], capture_output=True, text=True)
    print(own_frames(child.stderr))
