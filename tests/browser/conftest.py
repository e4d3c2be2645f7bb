"""The built site in a real browser: Debian's Chromium driven by Playwright, on 127.0.0.1.

The site is built once per session (both languages, strict) with its site_url pointing at the
local server, then served the way GitHub Pages serves it: files as they are, and the root
`404.html` (status 404) for any path that does not exist. Chromium is never downloaded: set
CHROMIUM to another binary if yours is not /usr/bin/chromium (`make test` installs Debian's).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from refcheck import conventions, localsite, pages

ROOT = conventions.ROOT
CHROMIUM, CHROMIUM_ARGS = localsite.CHROMIUM, localsite.CHROMIUM_ARGS
SHOTS = ROOT / "screenshots"


page_url = pages.page_url


def lang_prefix(lang: str) -> str:
    return "" if lang == "ru" else f"{lang}/"


PAGE_NAMES = sorted(pages.page_names("ru"))


class Site:
    def __init__(self, directory: Path, port: int):
        self.dir = directory
        self.base = f"http://127.0.0.1:{port}/"

    def url(self, lang: str, name: str) -> str:
        return self.base + lang_prefix(lang) + page_url(name)

    def file_for(self, path: str) -> Path | None:
        """The file the server sends for a URL path, or None (a 404)."""
        rel = path.lstrip("/")
        target = self.dir / rel
        if target.is_dir():
            target = target / "index.html"
        return target if target.is_file() else None


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Site:
    try:
        directory, port = localsite.built(tmp_path_factory.mktemp("browser-site"))
    except localsite.BuildFailed as e:
        pytest.fail(f"mkdocs build --strict failed:\n{e}", pytrace=False)
    with localsite.serve(directory, port):
        yield Site(directory, port)


@pytest.fixture(scope="session")
def playwright():
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"Chromium is not at {CHROMIUM}. `make test` installs Debian's chromium "
            "(apt-get install chromium); elsewhere set CHROMIUM=/path/to/chrome.",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright, tmp_path_factory):
    """A fresh profile in the light scheme, 1280 px wide."""
    ctx = playwright.chromium.launch_persistent_context(
        user_data_dir=str(tmp_path_factory.mktemp("profile")),
        executable_path=CHROMIUM,
        headless=True,
        args=CHROMIUM_ARGS,
        color_scheme="light",
        viewport={"width": 1280, "height": 900},
    )
    ctx.set_default_timeout(10_000)
    yield ctx
    ctx.close()
