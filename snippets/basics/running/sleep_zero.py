import asyncio


async def count(name, log, yield_control):
    for i in range(3):
        log.append(f"{name}{i}")
        if yield_control:
            await asyncio.sleep(0)  # (1)!


async def run_pair(yield_control):
    log = []
    await asyncio.gather(
        count("a", log, yield_control),
        count("b", log, yield_control),
    )
    return " ".join(log)


async def main():
    print(f"without sleep(0): {await run_pair(False)}")
    print(f"with sleep(0):    {await run_pair(True)}")


asyncio.run(main())
