import asyncio
import sys
from asyncio.subprocess import PIPE

CHILD = "import sys; sys.stdout.buffer.write(b'x' * int(sys.argv[1]))"


async def main():
    for size in (150_000, 1_000_000):
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-c", CHILD, str(size), stdout=PIPE
        )
        stdout, _ = await process.communicate()  # (1)!
        print(f"{size} bytes: read {len(stdout)}, exit status {process.returncode}")


asyncio.run(main())
