"""Queries readers type, and the page each must find among the first three results.

Russian queries use inflected forms (the stemmer must reduce them), English ones plurals and
verb forms. Add a row when you add a page."""

QUERIES = [
    ("ru", "запуском", "basics/running.md"),
    ("ru", "asyncio.sleep", "basics/running.md"),
    ("en", "sleeping", "basics/running.md"),
    ("en", "asyncio.run", "basics/running.md"),
]
