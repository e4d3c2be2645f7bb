import asyncio


async def fetch():
    await asyncio.sleep(1)


async def main():
    try:
        async with asyncio.timeout(0.1):
            await fetch()
    except OSError as e:  # (1)!
        print(f"network error, reconnecting: {type(e).__name__}")
    except TimeoutError:
        print("timed out")


asyncio.run(main())
