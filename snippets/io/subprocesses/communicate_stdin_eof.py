import asyncio
import sys
from asyncio.subprocess import PIPE

CHILD = "import sys; data = sys.stdin.read(); print(f'read {len(data)} bytes')"


async def main():
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdin=PIPE, stdout=PIPE
    )
    try:
        stdout, _ = await asyncio.wait_for(process.communicate(), 1.0)  # (1)!
        print(stdout.decode(), end="")
    except TimeoutError:
        print("TimeoutError: the child still waits for EOF on stdin")
        process.kill()
        await process.wait()
    print("exit status:", process.returncode)


asyncio.run(main())
