"""The built site in a real browser: Debian's Chromium driven by Playwright, on 127.0.0.1.

The site is built once per session (both languages, strict) with its site_url pointing at the
local server, then served the way GitHub Pages serves it: files as they are, and the root
`404.html` (status 404) for any path that does not exist. Chromium is never downloaded: set
CHROMIUM to another binary if yours is not /usr/bin/chromium (`make test` installs Debian's).
"""

from __future__ import annotations

import contextlib
import functools
import os
import socket
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pages
import pytest
import snippetlib

ROOT = snippetlib.ROOT
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Flags that let Chromium run as root in a container with no network beyond loopback.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SHOTS = ROOT / "screenshots"


def page_url(name: str) -> str:
    """docs path (basics/tasks.md) -> URL path under a language root (basics/tasks/)."""
    stem = name[: -len(".md")]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def lang_prefix(lang: str) -> str:
    return "" if lang == "ru" else f"{lang}/"


PAGE_NAMES = sorted(pages.page_names("ru"))


class _PagesHandler(SimpleHTTPRequestHandler):
    """Static files; a missing path gets /404.html with status 404, as on GitHub Pages."""

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args):  # keep pytest output clean
        pass


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
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    directory = tmp_path_factory.mktemp("browser-site")
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "SITE_URL": f"http://127.0.0.1:{port}/"}
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "docs.py"), "build", "--site-dir", str(directory)],
        capture_output=True,
        text=True,
        env=env,
    )
    if proc.returncode != 0:
        pytest.fail("mkdocs build --strict failed:\n" + proc.stdout + proc.stderr, pytrace=False)
    handler = functools.partial(_PagesHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Site(directory, port)
    server.shutdown()
    server.server_close()


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


@contextlib.contextmanager
def _context(playwright, tmp_path_factory, scheme: str, **options):
    profile = tmp_path_factory.mktemp(f"profile-{scheme}")
    ctx = playwright.chromium.launch_persistent_context(
        user_data_dir=str(profile),
        executable_path=CHROMIUM,
        headless=True,
        args=CHROMIUM_ARGS,
        color_scheme=scheme,
        **options,
    )
    ctx.set_default_timeout(10_000)
    try:
        yield ctx
    finally:
        ctx.close()


@pytest.fixture(scope="session")
def browser(playwright, tmp_path_factory):
    """A fresh profile in the light scheme, 1280 px wide."""
    with _context(playwright, tmp_path_factory, "light", viewport={"width": 1280, "height": 900}) as ctx:
        yield ctx


@pytest.fixture(scope="session")
def contexts(playwright, tmp_path_factory):
    """Fresh profiles per colour scheme and screen size (Material remembers the palette per profile)."""
    opened = {}
    with contextlib.ExitStack() as stack:

        def get(scheme: str, device: str = "desktop"):
            key = (scheme, device)
            if key not in opened:
                options = (
                    {"viewport": {"width": 1280, "height": 900}}
                    if device == "desktop"
                    else {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 1,
                          "is_mobile": True, "has_touch": True}
                )
                opened[key] = stack.enter_context(_context(playwright, tmp_path_factory, f"{scheme}", **options))
            return opened[key]

        yield get
