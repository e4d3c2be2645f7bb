import asyncio
import sys
from asyncio.subprocess import PIPE

CHILD = """
import sys
for line in sys.stdin:
    print(int(line) ** 2, flush=True)
"""


async def main():
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdin=PIPE, stdout=PIPE
    )
    for n in (3, 4, 12):
        process.stdin.write(f"{n}\n".encode())
        await process.stdin.drain()  # (1)!
        answer = await process.stdout.readline()
        print(f"{n} squared is {int(answer)}")
    process.stdin.close()  # (2)!
    print("exit status:", await process.wait())


asyncio.run(main())
