import asyncio
import time
import unittest

from _retry import get_status, retry
from virtual_clock import VirtualClockLoop


class Timeouts(unittest.TestCase):
    def setUp(self):
        self.runner = asyncio.Runner(loop_factory=VirtualClockLoop)  # (1)!
        self.addCleanup(self.runner.close)
        self.real_start = time.perf_counter()

    def tearDown(self):
        self.assertLess(time.perf_counter() - self.real_start, 1.0)  # (2)!

    def test_timeout_30s(self):
        async def hang():
            await asyncio.Event().wait()

        async def check():
            loop = asyncio.get_running_loop()
            start = loop.time()
            with self.assertRaises(TimeoutError):
                await get_status(hang)
            print(f"timed out at {loop.time() - start:.1f} s")

        self.runner.run(check())

    def test_retry_backoff(self):
        async def check():
            loop = asyncio.get_running_loop()
            start, attempts = loop.time(), []

            async def fetch():
                attempts.append(round(loop.time() - start, 1))
                if len(attempts) < 4:
                    raise ConnectionError("refused")
                return "ok"

            self.assertEqual(await retry(fetch), "ok")  # (3)!
            print(f"attempts at {attempts} s")
            self.assertEqual(attempts, [0.0, 2.0, 6.0, 14.0])

        self.runner.run(check())
