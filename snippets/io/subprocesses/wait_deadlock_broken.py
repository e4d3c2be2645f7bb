import asyncio
import sys
from asyncio.subprocess import PIPE

CHILD = "import sys; sys.stdout.buffer.write(b'x' * int(sys.argv[1]))"


async def main():
    for size in (150_000, 1_000_000):
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-c", CHILD, str(size), stdout=PIPE
        )
        try:
            await asyncio.wait_for(process.wait(), 1.0)  # (1)!
            print(f"{size} bytes: exit status {process.returncode}")
        except TimeoutError:
            print(f"{size} bytes: wait() timed out, returncode={process.returncode}")  # (2)!
        if process.returncode is None:
            process.kill()
        await process.communicate()  # (3)!
        print(f"  after communicate(): exit status {process.returncode}")


asyncio.run(main())
