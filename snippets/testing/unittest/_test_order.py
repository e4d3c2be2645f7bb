import asyncio
import unittest


class Order(unittest.IsolatedAsyncioTestCase):
    loops = []

    def setUp(self):
        print("setUp")  # (1)!
        self.addCleanup(print, "cleanup added in setUp")

    async def asyncSetUp(self):
        print("asyncSetUp")
        self.addAsyncCleanup(self.close_client)  # (2)!

    async def close_client(self):
        await asyncio.sleep(0)
        print("async cleanup added in asyncSetUp")

    async def test_first(self):
        print("test_first")
        loop = asyncio.get_running_loop()
        self.loops.append(loop)
        print(f"debug mode: {loop.get_debug()}")  # (3)!

    async def test_second(self):
        print("test_second")
        loop, first = asyncio.get_running_loop(), self.loops[0]
        print(f"new loop: {loop is not first}, first loop closed: {first.is_closed()}")  # (4)!

    async def asyncTearDown(self):
        print("asyncTearDown")

    def tearDown(self):
        print("tearDown")
