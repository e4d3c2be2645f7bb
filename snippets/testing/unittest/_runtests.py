import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run_tests(module):
    env = {
        **os.environ,
        "PYTHONDONTWRITEBYTECODE": "1",  # (1)!
        "PYTHONUNBUFFERED": "1",  # (2)!
        "NO_COLOR": "1",  # (3)!
        "PYTHON_COLORS": "0",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "unittest", "-v", module],  # (4)!
        cwd=HERE,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    report = proc.stdout.replace(HERE + os.sep, "")  # (5)!
    report = re.sub(r"Ran (\d+ tests?) in \d+\.\d+s", r"Ran \1 in <time>", report)
    print(hide_library_frames(report), end="")
    print(f"exit status: {proc.returncode}")


def hide_library_frames(report):  # (6)!
    kept, skipping = [], False
    for line in report.splitlines(keepends=True):
        if line.startswith('  File "'):
            skipping = not line.startswith('  File "_test')
        elif not line.startswith("    "):
            skipping = False
        if not skipping:
            kept.append(line)
        elif kept[-1] != "  ...\n":
            kept.append("  ...\n")
    return "".join(kept)
