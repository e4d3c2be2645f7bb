import asyncio
import os
import subprocess
import sys

NAME = os.path.basename(__file__)


async def save(item):
    await asyncio.sleep(0.1)


def prepare(item):
    return save(item)


async def main():
    job = prepare("report")
    await asyncio.sleep(0.2)
    del job


def own_frames(stderr):  # (1)!
    kept, skip = [], False
    for line in stderr.splitlines():
        if line.startswith('  File "'):
            skip = __file__ not in line
        elif not line.startswith("    "):
            skip = False
        if not skip:
            kept.append(line.replace(__file__, NAME))
    return "\n".join(kept)


def run_child(label, options=(), env=None):
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONASYNCIODEBUG", "PYTHONDEVMODE")}
    command = [sys.executable, *options, __file__, "child"]
    result = subprocess.run(command, env={**clean, **(env or {})}, capture_output=True, text=True)
    print(f"--- {label}")
    print(own_frames(result.stderr))


if sys.argv[1:] == ["child"]:
    asyncio.run(main())
else:
    run_child("python")  # (2)!
    run_child("PYTHONASYNCIODEBUG=1 python", env={"PYTHONASYNCIODEBUG": "1"})  # (3)!
    run_child("python -X tracemalloc", options=["-X", "tracemalloc"])  # (4)!
