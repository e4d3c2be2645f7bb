import asyncio
import time
from unittest.mock import AsyncMock, call

from _retry import retry


async def test_retry():
    fetch = AsyncMock(side_effect=[ConnectionError(), ConnectionError(), "ok"])
    sleep = AsyncMock()  # (1)!
    start = time.perf_counter()
    result = await retry(fetch, sleep=sleep)  # (2)!
    elapsed = time.perf_counter() - start
    assert result == "ok"
    assert sleep.await_args_list == [call(2.0), call(4.0)]  # (3)!
    print(f"passed, delays {[c.args[0] for c in sleep.await_args_list]}, took {elapsed:.1f} s")


asyncio.run(test_retry())
