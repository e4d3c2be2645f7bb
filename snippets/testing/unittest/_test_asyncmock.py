import asyncio
import unittest
from unittest.mock import AsyncMock


class AsyncMockBasics(unittest.IsolatedAsyncioTestCase):
    async def test_return_value(self):
        fetch = AsyncMock(return_value={"id": 1})
        coro = fetch("/users/1")  # (1)!
        print(f"call returns a {type(coro).__name__}")
        print(f"await returns {await coro}")
        fetch.assert_awaited_once_with("/users/1")  # (2)!

    async def test_side_effect_exception(self):
        fetch = AsyncMock(side_effect=ConnectionError("refused"))
        with self.assertRaises(ConnectionError) as caught:
            await fetch()  # (3)!
        print(f"raised {caught.exception!r}")

    async def test_side_effect_iterable(self):
        fetch = AsyncMock(side_effect=[TimeoutError(), "ok"])  # (4)!
        for _ in range(3):
            try:
                print(f"got {await fetch()!r}")
            except Exception as exc:
                print(f"raised {type(exc).__name__}")
        print(f"await_count={fetch.await_count}")

    async def test_side_effect_async_function(self):
        async def fake_fetch(path):  # (5)!
            await asyncio.sleep(0)
            return f"body of {path}"

        fetch = AsyncMock(side_effect=fake_fetch)
        print(f"got {await fetch('/a')!r}")
        print(f"await_args={fetch.await_args}")

    async def test_called_not_awaited(self):
        fetch = AsyncMock()
        coro = fetch("/users/1")
        self.addCleanup(coro.close)  # (6)!
        print(f"called={fetch.called} await_count={fetch.await_count}")
        fetch.assert_awaited()
