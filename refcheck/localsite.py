"""The built site on 127.0.0.1 as GitHub Pages would serve it, for the browser tests and the
browser benchmark; and the way both start Debian's Chromium."""

from __future__ import annotations

import contextlib
import functools
import gzip
import io
import os
import socket
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Flags that let Chromium run as root in a container whose only network is loopback.
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


COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}


class PagesHandler(SimpleHTTPRequestHandler):
    """Static files, gzipped for clients that accept it (text types, as GitHub Pages does); a
    missing path gets /404.html with status 404, as on GitHub Pages."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.is_file() and path.suffix in COMPRESSIBLE):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)

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

    def log_message(self, *args):
        pass


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def build(directory: Path, port: int | None = None) -> subprocess.CompletedProcess:
    """Strict build of both languages; with a port, its absolute links point at
    http://127.0.0.1:<port>/ (without, at the configured site_url)."""
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"}
    if port is not None:
        env["SITE_URL"] = f"http://127.0.0.1:{port}/"
    return subprocess.run(
        [sys.executable, "-m", "refcheck.site", "build", "--site-dir", str(directory)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )


class _Server(ThreadingHTTPServer):
    # Several test workers serve the same build on the same port: the kernel shares the
    # connections out, and the port keeps answering until the last worker is done.
    allow_reuse_port = True


def built(scratch: Path) -> tuple[Path, int]:
    """The built site the tests look at, and the port its links point at: the one build `make test`
    made (REFCHECK_SITE, by `python -m refcheck.localsite build DIR`), or a fresh one in `scratch`."""
    given = os.environ.get("REFCHECK_SITE")
    if given:
        directory = Path(given).resolve()
        return directory, int((directory / PORT_FILE).read_text())
    port = free_port()
    proc = build(scratch, port)
    if proc.returncode != 0:
        raise BuildFailed(proc.stdout + proc.stderr)
    return scratch, port


class BuildFailed(Exception):
    pass


PORT_FILE = ".port"


@contextlib.contextmanager
def serve(directory: Path, port: int):
    handler = functools.partial(PagesHandler, directory=str(directory))
    server = _Server(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.shutdown()
        server.server_close()


def main(argv: list[str]) -> int:
    """python -m refcheck.localsite build DIR: the one build of `make test`, for a free port."""
    if len(argv) != 2 or argv[0] != "build":
        sys.exit("usage: python -m refcheck.localsite build DIR")
    directory = Path(argv[1])
    port = free_port()
    proc = build(directory, port)
    sys.stdout.write(proc.stdout)
    sys.stderr.write(proc.stderr)
    if proc.returncode == 0:
        (directory / PORT_FILE).write_text(str(port))
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
