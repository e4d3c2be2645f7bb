import asyncio
import sys
import time
from asyncio.subprocess import PIPE

CHILD = "import sys, time; time.sleep(0.5); print(sys.argv[1], 'done')"
NAMES = ("a", "b", "c")


async def run(name):
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, name, stdout=PIPE
    )
    stdout, _ = await process.communicate()
    return stdout.decode().strip()


async def main():
    async with asyncio.timeout(10):  # (1)!
        start = time.perf_counter()
        results = [await run(name) for name in NAMES]  # (2)!
        one_by_one = time.perf_counter() - start
        print(f"one after another: {results}, 1.5 s or more: {one_by_one >= 1.5}")

        start = time.perf_counter()
        results = await asyncio.gather(*(run(name) for name in NAMES))  # (3)!
        together = time.perf_counter() - start
        print(f"concurrently:      {results}, faster: {together < one_by_one}")  # (4)!


asyncio.run(main())
