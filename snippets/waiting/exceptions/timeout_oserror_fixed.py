import asyncio


async def fetch():
    await asyncio.sleep(1)


async def main():
    try:
        async with asyncio.timeout(0.1):
            await fetch()
    except TimeoutError:  # (1)!
        print("timed out")
    except OSError as e:
        print(f"network error, reconnecting: {type(e).__name__}")


asyncio.run(main())
