import asyncio
import logging

logger = logging.getLogger("asyncio")  # (1)!
effective = logging.getLevelName(logger.getEffectiveLevel())
print(f"asyncio logger: level={logger.level}, effective={effective}, handlers={logger.handlers}")

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s: %(message)s")  # (2)!
log = logging.getLogger("demo")


async def fail():
    raise ValueError("boom")


async def main():
    asyncio.create_task(fail(), name="job")
    await asyncio.sleep(0.1)


log.info("first run")
asyncio.run(main())  # (3)!
logger.setLevel(logging.WARNING)  # (4)!
log.info("second run, asyncio logger at WARNING")
asyncio.run(main())
