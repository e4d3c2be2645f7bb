import asyncio
from asyncio.subprocess import PIPE


async def main():
    process = await asyncio.create_subprocess_shell(
        "echo one two three | wc -w && exit 3",  # (1)!
        stdout=PIPE,
    )
    stdout, _ = await process.communicate()
    print("stdout:", stdout.decode().strip())
    print("returncode:", process.returncode)


asyncio.run(main())
