import asyncio
import os
import sys
from asyncio.subprocess import PIPE


async def main():
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "print('привет')", stdout=PIPE,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},  # (1)!
    )
    stdout, _ = await process.communicate()
    print(stdout)
    print(stdout.decode("utf-8"), end="")  # (2)!


asyncio.run(main())
