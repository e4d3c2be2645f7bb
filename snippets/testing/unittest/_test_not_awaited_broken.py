import unittest
from unittest.mock import AsyncMock


async def notify(client, user):
    client.send(f"hello, {user}")
    return "sent"


class Notify(unittest.IsolatedAsyncioTestCase):
    async def test_notify(self):
        client = AsyncMock()
        self.assertEqual(await notify(client, "ann"), "sent")
        client.send.assert_called_once_with("hello, ann")  # (1)!
