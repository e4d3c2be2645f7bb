import asyncio


async def retry(fetch, *, attempts=4, delay=2.0, sleep=asyncio.sleep):  # (1)!
    for attempt in range(1, attempts + 1):
        try:
            return await fetch()
        except ConnectionError:
            if attempt == attempts:
                raise
            await sleep(delay)  # (2)!
            delay *= 2


async def get_status(fetch):
    async with asyncio.timeout(30):  # (3)!
        return await fetch()
