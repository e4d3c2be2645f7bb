import asyncio
import sys
from asyncio.subprocess import PIPE


async def main():
    process = await asyncio.create_subprocess_exec(  # (1)!
        sys.executable, "-c", "import sys; print('hello from', sys.argv[1])", "child",
        stdout=PIPE,
    )
    print("returncode while running:", process.returncode)  # (2)!
    stdout, stderr = await process.communicate()  # (3)!
    print("stdout:", stdout)
    print("stderr:", stderr)
    print("returncode:", process.returncode)
    print("pid is an int:", isinstance(process.pid, int))  # (4)!


asyncio.run(main())
