import asyncio
import sys
from asyncio.subprocess import PIPE

CHILD = """
import time
for step in range(1, 4):
    print("step", step, flush=True)
    time.sleep(0.2)
"""


async def main():
    process = await asyncio.create_subprocess_exec(sys.executable, "-c", CHILD, stdout=PIPE)
    async for line in process.stdout:  # (1)!
        print(f"got {line!r}, returncode={process.returncode}")  # (2)!
    print("EOF, exit status:", await process.wait())


asyncio.run(main())
