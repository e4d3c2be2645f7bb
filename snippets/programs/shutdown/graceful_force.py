import asyncio
import signal
import subprocess
import sys


async def main():
    loop = asyncio.get_running_loop()
    main_task = asyncio.current_task()
    stop = asyncio.Event()

    def on_signal(sig):  # (1)!
        if not stop.is_set():
            print(f"{sig.name}: finishing the current job; send it again to force", flush=True)
            stop.set()
        else:
            print(f"{sig.name} again: cancelling", flush=True)
            main_task.cancel()

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, on_signal, sig)  # (2)!
    print("main: ready", flush=True)
    await stop.wait()
    try:
        await asyncio.sleep(10)  # (3)!
        print("main: job finished")
    except asyncio.CancelledError:
        print("main: job cancelled")
        return "forced"
    return "graceful"


def parent():
    child = subprocess.Popen(
        [sys.executable, __file__, "child"], stdout=subprocess.PIPE, text=True
    )
    print(child.stdout.readline(), end="")
    child.send_signal(signal.SIGTERM)
    print("[parent] sent SIGTERM")
    print(child.stdout.readline(), end="")
    child.send_signal(signal.SIGINT)  # (4)!
    print("[parent] sent SIGINT")
    print(child.communicate()[0], end="")
    print("[parent] return code:", child.returncode)


if sys.argv[1:] == ["child"]:
    print(f"asyncio.run() returned {asyncio.run(main())!r}")
else:
    parent()
