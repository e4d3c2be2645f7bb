import asyncio
import sys
from asyncio.subprocess import PIPE


async def main():
    for options in (
        {"text": True},
        {"universal_newlines": True},
        {"encoding": "utf-8"},
        {"errors": "replace"},
        {"shell": True},
    ):
        try:
            await asyncio.create_subprocess_exec(  # (1)!
                sys.executable, "-c", "print('hi')", stdout=PIPE, **options
            )
        except ValueError as e:
            print(f"{options}: ValueError: {e}")


asyncio.run(main())
