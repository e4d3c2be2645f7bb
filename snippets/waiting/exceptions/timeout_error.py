import asyncio


async def main():
    for how in ("wait_for", "timeout"):
        try:
            if how == "wait_for":
                await asyncio.wait_for(asyncio.sleep(1), timeout=0.1)
            else:
                async with asyncio.timeout(0.1):
                    await asyncio.sleep(1)
        except TimeoutError as e:  # (1)!
            cls = type(e)
            print(f"{how}: {cls.__module__}.{cls.__name__}, OSError: {isinstance(e, OSError)}")  # (2)!


asyncio.run(main())
