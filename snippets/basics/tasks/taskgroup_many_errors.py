import asyncio


async def check(name, seconds, error=None):
    await asyncio.sleep(seconds)
    if error:
        raise error(name)
    return name


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(check("disk", 0.5, ValueError))
            tg.create_task(check("network", 0.5, ConnectionError))
            tg.create_task(check("memory", 0.5, ValueError))
            tg.create_task(check("cpu", 1.0))
    except* ValueError as group:  # (1)!
        print(f"ValueError: {sorted(str(e) for e in group.exceptions)}")
    except* ConnectionError as group:
        print(f"ConnectionError: {[str(e) for e in group.exceptions]}")


asyncio.run(main())
