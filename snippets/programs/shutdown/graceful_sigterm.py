import asyncio
import signal
import subprocess
import sys


async def worker(name, stop):
    while not stop.is_set():  # (1)!
        await asyncio.sleep(0.2)  # one job
    print(f"{name}: finished its job and stopped")


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)  # (2)!
    workers = [asyncio.create_task(worker(name, stop)) for name in ("w1", "w2")]
    print("main: ready", flush=True)
    await stop.wait()
    print("main: SIGTERM received, waiting for the workers")
    await asyncio.gather(*workers)  # (3)!
    print("main: clean exit")


def parent():
    child = subprocess.Popen(
        [sys.executable, __file__, "child"], stdout=subprocess.PIPE, text=True
    )
    print(child.stdout.readline(), end="")
    child.send_signal(signal.SIGTERM)  # (4)!
    print("[parent] sent SIGTERM")
    print(child.communicate()[0], end="")
    print("[parent] return code:", child.returncode)


if sys.argv[1:] == ["child"]:
    asyncio.run(main())
else:
    parent()
