import os
import subprocess
import sys

CHILD = """
import asyncio
import sys


async def main():
    return asyncio.get_running_loop().get_debug()


debug = {"": None, "True": True, "False": False}[sys.argv[1]]
print(f"get_debug()={asyncio.run(main(), debug=debug)!s:<5} dev_mode={sys.flags.dev_mode}")
"""

clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONASYNCIODEBUG", "PYTHONDEVMODE")}  # (1)!


def show(label, options=(), env=None, debug=""):
    command = [sys.executable, *options, "-c", CHILD, debug]
    result = subprocess.run(command, env={**clean, **(env or {})}, capture_output=True, text=True)
    print(f"{label:<42} {result.stdout.strip()}")


show("python")
show("python -X dev", options=["-X", "dev"])  # (2)!
show("PYTHONDEVMODE=1 python", env={"PYTHONDEVMODE": "1"})
show("PYTHONASYNCIODEBUG=1 python", env={"PYTHONASYNCIODEBUG": "1"})  # (3)!
show("PYTHONASYNCIODEBUG=0 python", env={"PYTHONASYNCIODEBUG": "0"})  # (4)!
show("PYTHONASYNCIODEBUG= python", env={"PYTHONASYNCIODEBUG": ""})
show("PYTHONASYNCIODEBUG=1 python -E", options=["-E"], env={"PYTHONASYNCIODEBUG": "1"})  # (5)!
show("python, asyncio.run(debug=True)", debug="True")
show("python -X dev, asyncio.run(debug=False)", options=["-X", "dev"], debug="False")  # (6)!
