import asyncio
import signal
import sys

SLEEPER = "import time; time.sleep(10)"


def describe(code):
    return f"{code} ({signal.Signals(-code).name})"


async def start(code):
    return await asyncio.create_subprocess_exec(sys.executable, "-c", code)


async def main():
    process = await start("import sys; sys.exit(3)")
    print("exit(3):  ", await process.wait())  # (1)!

    process = await start(SLEEPER)
    print("running:  ", process.returncode)
    process.terminate()  # (2)!
    print("terminate:", describe(await process.wait()))

    process = await start(SLEEPER)
    process.kill()
    print("kill:     ", describe(await process.wait()))

    process = await start(SLEEPER)
    process.send_signal(signal.SIGUSR1)  # (3)!
    print("SIGUSR1:  ", describe(await process.wait()))

    try:
        process.kill()  # (4)!
    except ProcessLookupError:
        print("kill() after exit: ProcessLookupError")


asyncio.run(main())
