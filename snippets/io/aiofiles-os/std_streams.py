import asyncio
import contextlib
import io

import aiofiles


async def main():
    for name in ["stdin", "stdout", "stderr", "stdin_bytes", "stdout_bytes", "stderr_bytes"]:
        stream = getattr(aiofiles, name)
        print(f"aiofiles.{name:13} {type(stream).__name__:28} name={stream.name!r}")  # (1)!

    print("print: before")
    await aiofiles.stdout.write("aiofiles.stdout.write: hello\n")  # (2)!
    print("print: after")

    captured = io.StringIO()
    with contextlib.redirect_stdout(captured):
        await aiofiles.stdout.write("into the StringIO\n")  # (3)!
    print(f"captured: {captured.getvalue()!r}")


asyncio.run(main())
