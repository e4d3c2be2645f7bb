"""The built site: a strict build of both languages, then checks on the HTML it produced."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from refcheck import conventions, localsite, pages

ROOT = conventions.ROOT
REPO_EDIT = re.compile(r'href="(?P<url>[^"]+/edit/main/(?P<path>docs/[^"]+\.md))"')


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    try:
        directory, _ = localsite.built(tmp_path_factory.mktemp("site"))
    except localsite.BuildFailed as e:
        pytest.fail(f"mkdocs build --strict failed (a broken include, link or anchor?):\n{e}", pytrace=False)
    return directory


def _lang_root(site: Path, lang: str) -> Path:
    return site if lang == "ru" else site / lang


def _html_pages(site: Path, lang: str) -> list[Path]:
    root = _lang_root(site, lang)
    found = [p for p in root.rglob("*.html") if lang != "ru" or not p.relative_to(site).parts[0] == "en"]
    return sorted(found)


def _page_html(site: Path, lang: str, name: str) -> Path:
    return _lang_root(site, lang) / pages.page_url(name) / "index.html"


def test_strict_build_makes_every_page(site):
    missing = [
        f"docs/{lang}/{name} produced no {_page_html(site, lang, name).relative_to(site)}"
        for lang in pages.LANGS
        for name in sorted(pages.page_names(lang))
        if not _page_html(site, lang, name).exists()
    ]
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("lang", pages.LANGS)
def test_html_lang_and_404(site, lang):
    page = _lang_root(site, lang) / "404.html"
    assert page.exists(), f"no 404 page for {lang}"
    # The Russian build's typography (tools/typograf.mjs) joins short words with U+00A0.
    text = page.read_text(encoding="utf-8").replace("\u00a0", " ")
    assert f'<html lang="{lang}"' in text
    title = {"ru": "Страница не найдена", "en": "Page not found"}[lang]
    assert title in text, f"the {lang} 404 page does not say {title!r}"


@pytest.mark.parametrize("lang", pages.LANGS)
def test_every_page_links_its_twin(site, lang):
    """hreflang alternates and the language switch point at the same page in each language."""
    problems = []
    for name in sorted(pages.page_names(lang)):
        html = _page_html(site, lang, name)
        text = html.read_text(encoding="utf-8")
        alternates = dict(re.findall(r'<link rel="alternate" hreflang="(\w+)" href="([^"]+)"', text))
        url = _page_html(site, "ru", name).parent.relative_to(site).as_posix()
        url = "" if url == "." else url + "/"
        for other in pages.LANGS:
            want = urlsplit(alternates.get(other, "")).path
            expected_tail = ("" if other == "ru" else f"{other}/") + url
            if not want.endswith("/" + expected_tail) and not (expected_tail == "" and want.endswith("/")):
                problems.append(
                    f"{html.relative_to(site)}: hreflang={other} is {want!r}, not …/{expected_tail}"
                )
        for href, hreflang in re.findall(
            r'<a href="([^"]+)" hreflang="(\w+)"[^>]*class="md-select__link"', text
        ):
            target = (html.parent / href).resolve()
            twin = _page_html(site, hreflang, name).parent.resolve()
            if target != twin:
                problems.append(
                    f"{html.relative_to(site)}: the switch to {hreflang} goes to {href}, not to the twin page"
                )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", pages.LANGS)
def test_edit_links_point_at_the_right_file(site, lang):
    problems = []
    for name in sorted(pages.page_names(lang)):
        html = _page_html(site, lang, name)
        m = REPO_EDIT.search(html.read_text(encoding="utf-8"))
        want = f"docs/{lang}/{name}"
        if not m or m.group("path") != want:
            problems.append(
                f"{html.relative_to(site)}: edit link {m and m.group('url')!r} should open {want}"
            )
    assert not problems, "\n".join(problems)


class _Resources(HTMLParser):
    """Everything a browser would fetch by itself while loading the page."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "img", "iframe", "audio", "video", "source", "embed") and a.get("src"):
            self.urls.append(a["src"])
        if tag == "link" and a.get("href"):
            rel = (a.get("rel") or "").split()
            if set(rel) & {
                "stylesheet",
                "preload",
                "preconnect",
                "dns-prefetch",
                "icon",
                "modulepreload",
                "manifest",
            }:
                self.urls.append(a["href"])


def test_nothing_is_loaded_from_third_party_hosts(site):
    problems = []
    for html in sorted(site.rglob("*.html")):
        parser = _Resources()
        text = html.read_text(encoding="utf-8")
        parser.feed(text)
        for url in parser.urls:
            if urlsplit(url).netloc or url.startswith("//"):
                problems.append(f"{html.relative_to(site)} loads {url}")
        if 'data-md-component="source"' in text:
            problems.append(f"{html.relative_to(site)}: the repository widget fetches from api.github.com")
    for asset in sorted([*site.rglob("*.css")]):
        for url in re.findall(
            r"url\((['\"]?)(https?:)?//[^)]+\)", asset.read_text(encoding="utf-8", errors="replace")
        ):
            problems.append(f"{asset.relative_to(site)} loads {url}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", pages.LANGS)
def test_search_index_holds_one_language(site, lang):
    index = json.loads((_lang_root(site, lang) / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"][0] == lang
    assert "stemmer" in index["config"]["pipeline"], "without the stemmer, «корутинами» finds nothing"
    locations = {d["location"].split("#")[0] for d in index["docs"]}
    assert not any(loc.startswith("en/") for loc in locations), "the Russian index holds English pages"
    expected = {
        _page_html(site, lang, n).parent.relative_to(_lang_root(site, lang)).as_posix()
        for n in pages.page_names(lang)
    }
    expected = {"" if e == "." else e + "/" for e in expected}
    assert expected <= locations, (
        f"pages missing from the {lang} search index: {sorted(expected - locations)}"
    )


def test_outputs_on_pages_are_the_files(site):
    """What the page shows under a snippet is, character for character, its expected output."""
    problems = []
    for lang in pages.LANGS:
        for page in pages.pages(lang):
            html = _page_html(site, lang, page.name).read_text(encoding="utf-8")
            shown = _code_blocks(html)
            for _, include in page.includes():
                if not re.search(r"\.(out|err)$", include):
                    continue
                text = (ROOT / include).read_text(encoding="utf-8").rstrip("\n")
                if text not in shown:
                    problems.append(f"{page.rel}: the block for {include} does not show the file's text")
    assert not problems, "\n".join(problems)


def _code_blocks(html: str) -> list[str]:
    import html as html_lib

    blocks = []
    for body in re.findall(r"<pre[^>]*>(?:<span></span>)?<code>(.*?)</code></pre>", html, flags=re.S):
        body = re.sub(r'<a id="[^"]*" name="[^"]*" href="[^"]*"></a>', "", body)
        body = re.sub(r"<[^>]+>", "", body)
        blocks.append(html_lib.unescape(body).rstrip("\n"))
    return blocks


def test_timelines_are_drawn(site):
    """Each <!-- timeline: ... --> became an SVG figure with a title, a description and lanes."""
    import xml.etree.ElementTree as ET

    problems = []
    for lang in pages.LANGS:
        for page in pages.pages(lang):
            if not page.timelines:
                continue
            html = _page_html(site, lang, page.name).read_text(encoding="utf-8")
            svgs = re.findall(r'<svg class="timeline-svg".*?</svg>', html, flags=re.S)
            if len(svgs) != len(page.timelines):
                problems.append(f"{page.rel}: {len(page.timelines)} timelines asked for, {len(svgs)} drawn")
            for (line, snippet), svg in zip(page.timelines, svgs, strict=True):
                try:
                    root = ET.fromstring(svg)
                except ET.ParseError as e:
                    problems.append(f"{page.rel}:{line}: the SVG of {snippet} is not well-formed: {e}")
                    continue
                ns = "{http://www.w3.org/2000/svg}"
                if root.find(ns + "title") is None or not (root.findtext(ns + "desc") or "").strip():
                    problems.append(f"{page.rel}:{line}: the SVG of {snippet} has no title or description")
                if not root.findall(f".//{ns}text[@class='tl-lane']"):
                    problems.append(f"{page.rel}:{line}: the SVG of {snippet} has no lanes")
    assert not problems, "\n".join(problems)


def test_a_page_in_no_navigation_fails_the_build(tmp_path):
    """A page that exists in both languages but that mkdocs.yml's nav does not list is unreachable:
    the strict build refuses it (validation.nav.omitted_files)."""
    copy = tmp_path / "checkout"
    copy.mkdir()
    for name in ("docs", "snippets", "overrides", "refcheck"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        shutil.copy(ROOT / name, copy / name)
    for lang in pages.LANGS:
        (copy / "docs" / lang / "orphan.md").write_text("# Orphan { #orphan }\n\nText.\n", encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "refcheck.site",
            "build",
            "--root",
            str(copy),
            "--site-dir",
            str(tmp_path / "site"),
        ],
        capture_output=True,
        text=True,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode != 0
    assert 'not included in the "nav" configuration' in proc.stderr and "orphan.md" in proc.stderr


class _ProseText(HTMLParser):
    """The text of a page outside code, program output, pictures and scripts, with line numbers."""

    SKIP = {"pre", "code", "script", "style", "svg", "kbd", "samp", "textarea"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.chunks: list[tuple[int, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.chunks.append((self.getpos()[0], data))


# The units tools/typograf.mjs binds to their number (its UNITS).
_UNITS = (
    "с|мс|мкс|мин|ч|сек|секунд[а-яё]*|минут[а-яё]*|час[а-яё]*|байт[а-яё]*|[КМГ]и?Б|раз[а-яё]*|"
    "строк[а-яё]*|задач[а-яё]*|поток[а-яё]*|процесс[а-яё]*|элемент[а-яё]*|соединени[а-яё]*|%"
)
# Where a line must not break in Russian (STYLE.md, «Типографика»), as an ordinary space would let it.
_BREAKABLE = [
    (re.compile(rf"\d (?:{_UNITS})(?![а-яёА-ЯЁ])"), "a number and its unit"),
    (re.compile(r"\d \d{3}(?!\d)"), "the groups of a number"),
    (re.compile(r"\bPython \d"), "Python and its version"),
    (re.compile(r"\S —"), "a word and the dash after it"),
]


def test_russian_pages_have_non_breaking_spaces(site):
    """The Russian build runs tools/typograf.mjs: in prose, «0,5 с», «150 000 байт», «Python 3.13» and
    «слово — слово» keep a non-breaking space; code and output keep theirs as printed."""
    problems = []
    for page in _html_pages(site, "ru"):
        parser = _ProseText()
        parser.feed(page.read_text(encoding="utf-8"))
        for line, text in parser.chunks:
            for pattern, what in _BREAKABLE:
                for m in pattern.finditer(text):
                    problems.append(f"{page.relative_to(site)}:{line}: {m.group(0)!r}: {what}")
    assert not problems, (
        "ordinary spaces where a Russian line must not break (tools/typograf.mjs should have made them "
        "U+00A0; add a rule there):\n" + "\n".join(problems[:40])
    )


def test_typography_leaves_code_alone(site):
    """Output on the page is the file byte for byte; here: no non-breaking space inside <pre>."""
    bad = [
        str(page.relative_to(site))
        for page in _html_pages(site, "ru")
        if re.search(r"<pre[^>]*>(?:(?!</pre>).)*\u00a0", page.read_text(encoding="utf-8"), re.S)
    ]
    assert not bad, "tools/typograf.mjs changed code or output in: " + ", ".join(bad)
