import asyncio
import shlex
import sys
from asyncio.subprocess import PIPE


async def main():
    name = "report.txt; echo INJECTED"
    command = f"echo {shlex.quote(name)}"  # (1)!
    print("command:", command)
    process = await asyncio.create_subprocess_shell(command, stdout=PIPE)
    stdout, _ = await process.communicate()
    print(stdout.decode(), end="")

    process = await asyncio.create_subprocess_exec(  # (2)!
        sys.executable, "-c", "import sys; print(sys.argv[1:])", name, stdout=PIPE
    )
    stdout, _ = await process.communicate()
    print(stdout.decode(), end="")


asyncio.run(main())
