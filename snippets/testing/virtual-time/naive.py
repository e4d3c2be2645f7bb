import asyncio
import time
from unittest.mock import AsyncMock

from _retry import retry


async def test_retry():
    fetch = AsyncMock(side_effect=[ConnectionError(), ConnectionError(), "ok"])  # (1)!
    start = time.perf_counter()
    result = await retry(fetch, delay=0.5)  # (2)!
    elapsed = time.perf_counter() - start
    assert result == "ok" and fetch.await_count == 3
    print(f"passed, took {elapsed:.1f} s")


asyncio.run(test_retry())
