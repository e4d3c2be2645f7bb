import asyncio
import sys
from asyncio.subprocess import DEVNULL, PIPE, STDOUT

CHILD = "import sys; print('to stdout', flush=True); print('to stderr', file=sys.stderr)"


async def run(**streams):
    process = await asyncio.create_subprocess_exec(sys.executable, "-c", CHILD, **streams)
    return await process.communicate()


async def main():
    print(PIPE, STDOUT, DEVNULL)  # (1)!
    print("PIPE, PIPE:    ", await run(stdout=PIPE, stderr=PIPE))
    print("PIPE, STDOUT:  ", await run(stdout=PIPE, stderr=STDOUT))  # (2)!
    print("PIPE, DEVNULL: ", await run(stdout=PIPE, stderr=DEVNULL))
    print("inherited:", flush=True)  # (3)!
    print("None, DEVNULL: ", await run(stderr=DEVNULL))


asyncio.run(main())
