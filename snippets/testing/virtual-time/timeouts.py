import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

env = {
    **os.environ,
    "PYTHONDONTWRITEBYTECODE": "1",
    "PYTHONUNBUFFERED": "1",
    "NO_COLOR": "1",
    "PYTHON_COLORS": "0",
}
proc = subprocess.run(
    [sys.executable, "-m", "unittest", "-v", "_test_timeouts"],
    cwd=HERE,  # (1)!
    env=env,
    stdout=subprocess.PIPE,
    stderr=subprocess.STDOUT,
    text=True,
)
print(re.sub(r"Ran (\d+ tests?) in \d+\.\d+s", r"Ran \1 in <time>", proc.stdout), end="")  # (2)!
print(f"exit status: {proc.returncode}")
