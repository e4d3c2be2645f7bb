import asyncio
from asyncio.subprocess import DEVNULL


async def main():
    try:
        await asyncio.create_subprocess_exec("no-such-program")  # (1)!
    except FileNotFoundError as e:
        print(f"exec: FileNotFoundError: {e.strerror}")

    process = await asyncio.create_subprocess_shell("no-such-program", stderr=DEVNULL)
    print("shell: exit status", await process.wait())  # (2)!


asyncio.run(main())
