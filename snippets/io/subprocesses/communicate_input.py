import asyncio
import sys
from asyncio.subprocess import PIPE

CHILD = """
import sys
text = sys.stdin.read()
sys.stdout.write(text.upper())
print(len(text.splitlines()), "lines", file=sys.stderr)
"""


async def main():
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdin=PIPE, stdout=PIPE, stderr=PIPE
    )
    stdout, stderr = await process.communicate(input=b"first\nsecond\n")  # (1)!
    print("stdout:", stdout)
    print("stderr:", stderr)
    print("returncode:", process.returncode)
    print("stdin closed:", process.stdin.is_closing())  # (2)!


asyncio.run(main())
