import unittest
from unittest.mock import patch


async def fetch_rate(currency):  # (1)!
    raise RuntimeError("no network in tests")


def parse(text):
    return float(text)


async def convert(amount, currency):
    return amount * await fetch_rate(currency)


class Convert(unittest.IsolatedAsyncioTestCase):
    @patch(f"{__name__}.fetch_rate", return_value=2.0)  # (2)!
    async def test_convert(self, fetch_rate_mock):
        print(f"fetch_rate is replaced by {type(fetch_rate_mock).__name__}")
        self.assertEqual(await convert(10, "EUR"), 20.0)
        fetch_rate_mock.assert_awaited_once_with("EUR")

    async def test_sync_function(self):
        with patch(f"{__name__}.parse") as parse_mock:  # (3)!
            print(f"parse is replaced by {type(parse_mock).__name__}")
