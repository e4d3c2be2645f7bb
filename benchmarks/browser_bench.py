"""`make bench`, the browser part: Lighthouse scores, bytes per page, search latency.

* Lighthouse 12 (npm, run by node with Debian's Chromium), mobile profile, on the home page and
  the heaviest page (largest HTML), in both languages: performance, accessibility, best practices
  and SEO (target: each at least 95), and the bytes the page transferred.
* Bytes transferred by every page on first load in a fresh profile (HTML, CSS, JS, search index
  are all counted once per page; the browser cache is empty).
* Search latency: from the last keystroke to the first result on screen, per query of the
  browser tests, median and worst.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from refcheck import conventions, localsite, pages
from refcheck.search_queries import QUERIES

ROOT = conventions.ROOT

LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def lighthouse(url: str) -> dict:
    env = dict(os.environ, CHROME_PATH=localsite.CHROMIUM)
    proc = subprocess.run(
        [
            "node",
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            "--output-path=stdout",
            "--only-categories=" + ",".join(CATEGORIES),
            "--chrome-flags="
            + " ".join(a if a != "--headless" else "--headless=new" for a in localsite.CHROMIUM_ARGS),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"lighthouse failed for {url}:\n{proc.stderr[-2000:]}")
    report = json.loads(proc.stdout)
    scores = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
    scores["bytes"] = int(report["audits"]["total-byte-weight"]["numericValue"])
    failing = [
        f"{a['id']}"
        for c in CATEGORIES
        for ref in report["categories"][c]["auditRefs"]
        if ref["weight"] and (a := report["audits"][ref["id"]])["score"] is not None and a["score"] < 0.9
    ]
    scores["below 0.9"] = ", ".join(sorted(set(failing))) or "-"
    return scores


def page_bytes(context, url: str) -> int:
    page = context.new_page()
    total = 0

    def on_finished(request):
        nonlocal total
        sizes = request.sizes()
        total += sizes["responseBodySize"] + sizes["responseHeadersSize"]

    page.on("requestfinished", on_finished)
    page.goto(url, wait_until="networkidle")
    page.close()
    return total


def search_latency(context, base: str) -> list[tuple[str, str, float]]:
    out = []
    for lang, query, _expected in QUERIES:
        page = context.new_page()
        page.goto(base + ("" if lang == "ru" else "en/"), wait_until="networkidle")
        field = page.locator("input.md-search__input")
        if not field.is_visible():
            page.locator("label.md-search__icon").first.click()
        field.fill("x")
        field.press("End")
        page.wait_for_timeout(300)  # the worker has built its index
        field.fill(query)
        start = time.perf_counter()
        field.press("End")
        page.wait_for_function(
            "q => document.querySelector('.md-search-result__item') &&"
            " document.querySelector('input.md-search__input').value === q",
            arg=query,
            polling="raf",
        )
        out.append((lang, query, (time.perf_counter() - start) * 1000))
        page.close()
    return out


def main() -> int:
    from playwright.sync_api import sync_playwright

    names = sorted(pages.page_names("ru"))
    with tempfile.TemporaryDirectory() as tmp:
        site_dir = Path(tmp) / "site"
        port = localsite.free_port()
        proc = localsite.build(site_dir, port)
        if proc.returncode:
            print(proc.stdout, proc.stderr)
            return 1
        sizes = {n: (site_dir / pages.page_url(n) / "index.html").stat().st_size for n in names}
        heaviest = max(sizes, key=sizes.get)
        with localsite.serve(site_dir, port) as base:
            print(
                f"Lighthouse 12, mobile profile, Chromium at {localsite.CHROMIUM} (target: every score >= 95)"
            )
            print(
                f"{'page':38} {'perf':>5} {'a11y':>5} {'b.p.':>5} {'seo':>5} {'bytes':>9}  audits below 0.9"
            )
            for lang in ("ru", "en"):
                for name in dict.fromkeys(["index.md", heaviest]):
                    url = base + ("" if lang == "ru" else "en/") + pages.page_url(name)
                    s = lighthouse(url)
                    print(
                        f"{lang + '/' + name:38} {s['performance']:5} {s['accessibility']:5} "
                        f"{s['best-practices']:5} {s['seo']:5} {s['bytes']:9}  {s['below 0.9']}"
                    )

            with sync_playwright() as p, tempfile.TemporaryDirectory() as prof:
                ctx = p.chromium.launch_persistent_context(
                    prof, executable_path=localsite.CHROMIUM, headless=True, args=localsite.CHROMIUM_ARGS
                )
                print("\nbytes transferred on first load, empty cache (KiB)")
                for lang in ("ru", "en"):
                    for name in names:
                        url = base + ("" if lang == "ru" else "en/") + pages.page_url(name)
                        print(f"  {lang + '/' + name:38} {page_bytes(ctx, url) / 1024:8.1f}")
                ctx.close()

            with sync_playwright() as p, tempfile.TemporaryDirectory() as prof:
                ctx = p.chromium.launch_persistent_context(
                    prof, executable_path=localsite.CHROMIUM, headless=True, args=localsite.CHROMIUM_ARGS
                )
                lat = search_latency(ctx, base)
                ctx.close()
            times = [t for _, _, t in lat]
            print(
                f"\nsearch, last keystroke to first result: median {statistics.median(times):.0f} ms, "
                f"worst {max(times):.0f} ms over {len(times)} queries"
            )
            for lang, q, t in lat:
                print(f"  {lang} {q!r:32} {t:6.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
