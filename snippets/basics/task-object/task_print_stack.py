import asyncio
import contextlib
import io
import os


def short(text):
    return text.replace(__file__, os.path.basename(__file__))  # (1)!


async def child():
    await asyncio.sleep(1)


async def main():
    task = asyncio.create_task(child(), name="child")
    await asyncio.sleep(0.1)
    captured = io.StringIO()
    with contextlib.redirect_stdout(captured):
        result = task.print_stack()  # (2)!
    print(f"returned: {result}")
    print(f"stdout got: {short(captured.getvalue())}", end="")
    buffer = io.StringIO()
    task.print_stack(file=buffer)  # (3)!
    task.print_stack(limit=0, file=buffer)  # (4)!
    print(short(buffer.getvalue()), end="")
    task.cancel()


asyncio.run(main())
