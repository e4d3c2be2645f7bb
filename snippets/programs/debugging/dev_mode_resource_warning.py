import os
import re
import subprocess
import sys

CHILD = """
import asyncio

loop = asyncio.new_event_loop()
loop.run_until_complete(asyncio.sleep(0))
del loop
"""


def run_child(label, options=()):
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONASYNCIODEBUG", "PYTHONDEVMODE")}
    command = [sys.executable, *options, "-c", CHILD]
    result = subprocess.run(command, env=clean, capture_output=True, text=True)
    stderr = re.sub(r"\S*?(asyncio/\w+\.py):\d+", r"\1:…", result.stderr)  # (1)!
    print(f"--- {label}\n{stderr}", end="")


run_child("python")  # (2)!
run_child("python -X dev", options=["-X", "dev"])  # (3)!
