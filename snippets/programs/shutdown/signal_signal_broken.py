import asyncio
import signal
import subprocess
import sys
import time


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    signal.signal(signal.SIGTERM, lambda signum, frame: stop.set())  # (1)!
    timer = loop.call_later(1.0, lambda: None)  # (2)!
    print("main: ready", flush=True)
    await stop.wait()
    print(f"main: stop is set; the 1 s timer had already expired: {loop.time() >= timer.when()}")  # (3)!


def parent():
    child = subprocess.Popen(
        [sys.executable, __file__, "child"], stdout=subprocess.PIPE, text=True
    )
    print(child.stdout.readline(), end="")
    time.sleep(0.2)  # (4)!
    child.send_signal(signal.SIGTERM)
    print("[parent] sent SIGTERM")
    print(child.communicate()[0], end="")
    print("[parent] return code:", child.returncode)


if sys.argv[1:] == ["child"]:
    asyncio.run(main())
else:
    parent()
