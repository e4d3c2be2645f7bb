import asyncio
import signal
import subprocess
import sys


async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("worker: CancelledError")
        raise


async def start():
    return asyncio.create_task(worker())


async def serve():
    print("serve: ready", flush=True)
    await asyncio.sleep(10)


async def stop(task):
    print(f"stop: worker still running: {not task.done()}")  # (2)!
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    return "stopped"


def program():
    with asyncio.Runner() as runner:
        task = runner.run(start())
        try:
            runner.run(serve())
        except KeyboardInterrupt:
            print("runner.run(serve()) raised KeyboardInterrupt")  # (1)!
            print(f"runner.run(stop(task)) returned {runner.run(stop(task))!r}")  # (3)!


def parent():
    child = subprocess.Popen(
        [sys.executable, __file__, "child"], stdout=subprocess.PIPE, text=True
    )
    print(child.stdout.readline(), end="")
    child.send_signal(signal.SIGINT)
    print("[parent] sent SIGINT")
    print(child.communicate()[0], end="")
    print("[parent] return code:", child.returncode)


if sys.argv[1:] == ["child"]:
    program()
else:
    parent()
