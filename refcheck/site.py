"""Builds and serves the site: one MkDocs build per language from a shared base config.

    python -m refcheck.site build [--site-dir DIR]   Russian into DIR/, English into DIR/en/ (strict)
    python -m refcheck.site serve [--port 8000]      both languages on http://127.0.0.1:PORT/,
                                                     rebuilt when docs/, snippets/ or the config change

Why two builds: each language gets its own search index (with its own stemmer) and its own
404 page, and both trees keep the same page paths.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material 9.8's notice about MkDocs 2

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

ROOT = Path(__file__).resolve().parent.parent
CONFIGS = {"ru": "mkdocs.yml", "en": "mkdocs.en.yml"}
WATCHED = ["docs", "snippets", "overrides", "refcheck", *CONFIGS.values()]


class StrictBuildError(SystemExit):
    pass


def build(site_dir: Path | None = None, strict: bool = True, **overrides) -> None:
    """Build both languages (Russian first: its build empties the site directory)."""
    site_dir = (site_dir or ROOT / "site").resolve()
    counter = _WarningCounter()
    logging.getLogger("mkdocs").addHandler(counter)
    try:
        for lang, config_file in CONFIGS.items():
            config_file = Path.cwd() / config_file
            target = site_dir if lang == "ru" else site_dir / lang
            config = load_config(str(config_file), site_dir=str(target), strict=strict, **overrides)
            mkdocs_build(config, dirty=False)
    finally:
        logging.getLogger("mkdocs").removeHandler(counter)
    if strict and counter.count:
        raise StrictBuildError(f"the build printed {counter.count} warning(s); see above")


class _WarningCounter(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record):
        self.count += 1


def serve(port: int) -> None:
    from mkdocs.livereload import LiveReloadServer

    site_dir = ROOT / "site"
    local = threading.local()
    # Material fetches each language's sitemap.xml from the hreflang URLs: locally, that must be
    # this server, not the published site.
    os.environ["SITE_URL"] = f"http://127.0.0.1:{port}/"

    def builder():
        started = time.monotonic()
        try:
            # Links in the pages are relative, so the local server can serve the real build.
            build(site_dir, strict=False)
        except Exception as exc:  # keep serving the last good build
            logging.getLogger("mkdocs").error("build failed: %s", exc)
            return
        print(f"built both languages in {time.monotonic() - started:.1f} s", flush=True)

    class Server(LiveReloadServer):
        def serve_request(self, environ, start_response):
            local.path = environ.get("PATH_INFO", "/")
            return super().serve_request(environ, start_response)

    def not_found_page(code):
        # The 404 of the language the missing page was asked in.
        lang_root = site_dir / "en" if getattr(local, "path", "/").startswith("/en/") else site_dir
        page = lang_root / "404.html"
        return page.read_bytes() if code == 404 and page.exists() else None

    builder()
    server = Server(builder=builder, host="127.0.0.1", port=port, root=str(site_dir))
    server.error_handler = not_found_page
    for path in WATCHED:
        server.watch(str(ROOT / path))
    print(f"Serving on http://127.0.0.1:{port}/ (English: http://127.0.0.1:{port}/en/)", flush=True)
    try:
        server.serve()
    except KeyboardInterrupt:
        print("stopped")
    finally:
        server.shutdown()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build")
    b.add_argument("--site-dir", type=Path, default=ROOT / "site")
    b.add_argument("--root", type=Path, default=ROOT, help="the checkout to build (a copy, in the tests)")
    s = sub.add_parser("serve")
    s.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    os.chdir(getattr(args, "root", ROOT))  # pymdownx.snippets resolves includes from the repository root
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-8s- %(message)s"))
    handler.setLevel(logging.WARNING if args.command == "build" else logging.INFO)
    logging.getLogger("mkdocs").addHandler(handler)
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    if args.command == "build":
        started = time.monotonic()
        try:
            build(args.site_dir)
        except Abort as e:
            print(f"strict build failed: {e} (the warnings are listed above)", file=sys.stderr)
            return 1
        print(f"built {args.site_dir} in {time.monotonic() - started:.1f} s")
    else:
        serve(args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
