import asyncio
import logging
import time

logging.basicConfig(format="%(levelname)s:%(name)s: %(message)s")  # (1)!


def round_duration(record):
    record.args = (record.args[0], round(record.args[1], 1))  # (2)!
    return True


logging.getLogger("asyncio").addFilter(round_duration)


def blocking_step():
    time.sleep(1.0)  # (3)!


async def main():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 0.5  # (4)!
    loop.call_soon(blocking_step)
    await asyncio.sleep(1.5)
    print("main: done")


asyncio.run(main(), debug=True)
