import asyncio
import sys
import time
from asyncio.subprocess import PIPE


async def main():
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "import time; time.sleep(10)", stdout=PIPE
    )
    start = time.perf_counter()
    try:
        await asyncio.wait_for(process.communicate(), timeout=0.5)  # (1)!
    except TimeoutError:
        elapsed = time.perf_counter() - start
        print(f"t={elapsed:.1f}s TimeoutError, returncode={process.returncode}")  # (2)!
        process.kill()  # (3)!
        await process.wait()
        print(f"killed, returncode={process.returncode}")


asyncio.run(main())
