import os
import subprocess
import sys
import tempfile

LINES = [
    "await asyncio.sleep(0, result=42)",
    "asyncio.get_running_loop()",
    "import threading; threading.current_thread().name, [t.name for t in threading.enumerate()]",
    "asyncio.run(asyncio.sleep(0))",
    "await asyncio.to_thread(asyncio.run, asyncio.sleep(0, result='ok'))",
]


def tidy(text):  # (1)!
    text = text.replace(sys.version, "<version>")
    kept, skipping = [], False
    for line in text.splitlines(keepends=True):
        if line.startswith("Traceback"):
            kept += [line, "  ...\n"]
            skipping = True
        elif skipping and not line.startswith(" "):
            skipping = False
        if not skipping:
            kept.append(line)
    return "".join(kept)


tmp = tempfile.TemporaryDirectory()
env = {
    **os.environ,
    "PYTHON_BASIC_REPL": "1",
    "PYTHON_COLORS": "0",
    "TERM": "dumb",
    "PYTHON_HISTORY": os.path.join(tmp.name, "history"),  # (2)!
}
env.pop("PYTHONSTARTUP", None)
repl = subprocess.Popen(
    [sys.executable, "-u", "-m", "asyncio"],  # (3)!
    stdin=subprocess.PIPE,
    stdout=subprocess.PIPE,
    stderr=subprocess.STDOUT,  # (4)!
    env=env,
)


def read_until(marker):
    data = b""
    while not data.endswith(marker):
        chunk = os.read(repl.stdout.fileno(), 1)
        if not chunk:
            break
        data += chunk
    return data.decode()


print(tidy(read_until(b"import asyncio\n>>> ")), end="")  # (5)!
for line in LINES:
    print(line)  # (6)!
    repl.stdin.write(line.encode() + b"\n")
    repl.stdin.flush()
    print(tidy(read_until(b">>> ")), end="")
repl.stdin.close()  # (7)!
print(tidy(read_until(b"exiting asyncio REPL...\n")), end="")
print(f"exit status: {repl.wait()}")
print(f"history written: {os.path.exists(env['PYTHON_HISTORY'])}")
tmp.cleanup()
