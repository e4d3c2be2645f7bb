import asyncio
from asyncio.subprocess import PIPE


async def main():
    name = "report.txt; echo INJECTED"  # (1)!
    process = await asyncio.create_subprocess_shell(f"echo {name}", stdout=PIPE)  # (2)!
    stdout, _ = await process.communicate()
    print(stdout.decode(), end="")


asyncio.run(main())
