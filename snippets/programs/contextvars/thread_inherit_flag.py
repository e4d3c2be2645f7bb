import os
import subprocess
import sys

CHILD = """
import asyncio, contextvars, sys, threading
from concurrent.futures import ThreadPoolExecutor

request_id = contextvars.ContextVar("request_id", default="-")
flag = getattr(sys.flags, "thread_inherit_context", "no such flag")
print(f"sys.flags.thread_inherit_context = {flag}")

request_id.set("at Thread()")
thread = threading.Thread(target=lambda: print(f"Thread sees {request_id.get()}"))
request_id.set("at start()")
thread.start()
thread.join()

pool = ThreadPoolExecutor(max_workers=1)

async def handle(rid):
    request_id.set(rid)
    job = await asyncio.get_running_loop().run_in_executor(pool, request_id.get)
    print(f"{rid}: run_in_executor sees {job}")

async def main():
    await asyncio.create_task(handle("req-1"))
    await asyncio.create_task(handle("req-2"))

asyncio.run(main())
pool.shutdown()
"""

RUNS = [
    ("python", [], {}),
    ("python -X thread_inherit_context=1", ["-X", "thread_inherit_context=1"], {}),  # (1)!
    ("PYTHON_THREAD_INHERIT_CONTEXT=1 python", [], {"PYTHON_THREAD_INHERIT_CONTEXT": "1"}),  # (2)!
]
for label, options, env in RUNS:
    print(f"$ {label}")
    child = subprocess.run(
        [sys.executable, *options, "-c", CHILD], env={**os.environ, **env}, capture_output=True, text=True
    )
    print(child.stdout + child.stderr, end="")
