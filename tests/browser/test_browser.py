"""What readers do on the site, done in Chromium: search, switch language, follow links, hit a
missing page; plus axe-core accessibility checks and screenshots for a person to look at."""

from __future__ import annotations

import re
from functools import cache
from html import unescape
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from conftest import PAGE_NAMES, ROOT, SHOTS, Site, lang_prefix, page_url

from refcheck.search_queries import QUERIES

OTHER = {"ru": "en", "en": "ru"}
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


# Every page, in both languages: the axe checks and the screenshots.
SAMPLES = PAGE_NAMES


# -- search ----------------------------------------------------------------------------------


def _search(page, query: str, expect_title: str) -> list[dict]:
    """Type `query` into Material's search; return the ranked results as {title, href}.

    Material runs the query on keyup. fill() fires none (and typing Cyrillic fires no usable
    one), so fill() is followed by End. One page serves all queries of a language (the search
    worker builds its index once per page load), so the field is first cleared and the empty
    state awaited: the results that follow are this query's, never the previous one's. They
    arrive in batches, so wait for the expected title (or a moment, when it never comes)."""
    field = page.locator("input.md-search__input")
    if not field.is_visible():
        page.locator("label.md-search__icon").first.click()
    field.fill("")
    field.press("End")
    page.wait_for_function("() => !document.querySelector('.md-search-result__item')")
    field.fill(query)
    field.press("End")
    try:
        page.locator(".md-search-result__item > a", has_text=expect_title).first.wait_for(timeout=5000)
    except Exception:
        page.wait_for_timeout(500)
    return page.evaluate(
        """() => [...document.querySelectorAll('.md-search-result__item > a.md-search-result__link')]
            .map(a => { const h = a.querySelector('h1, h2');
                        return {title: h ? h.textContent.trim() : '', href: a.href}; })"""
    )


@pytest.fixture(scope="module")
def search_page(site, browser):
    """One open home page per language, for all the search queries."""
    opened = {}

    def get(lang):
        if lang not in opened:
            opened[lang] = browser.new_page()
            opened[lang].goto(site.url(lang, "index.md"))
        return opened[lang]

    yield get
    for page in opened.values():
        page.close()


def _title(site: Site, lang: str, name: str) -> str:
    html = site.file_for("/" + lang_prefix(lang) + page_url(name)).read_text(encoding="utf-8")
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)
    heading = re.sub(r'<a class="headerlink".*?</a>', "", heading)
    return unescape(re.sub(r"<[^>]+>", "", heading)).strip()


@pytest.mark.parametrize("lang,query,expected", QUERIES, ids=[f"{lang}:{q}" for lang, q, _ in QUERIES])
def test_search_finds_the_page(site, search_page, lang, query, expected):
    page = search_page(lang)
    title = _title(site, lang, expected)
    results = _search(page, query, title)
    want = site.url(lang, expected)
    top = [r["href"].split("#")[0].split("?")[0] for r in results[:3]]
    shown = "\n".join(f"  {i + 1}. {r['title']} — {r['href']}" for i, r in enumerate(results[:5]))
    assert want in top, (
        f"search for {query!r} on the {lang} site does not show {expected} ({title!r}) among the "
        f"first three results; it shows:\n{shown or '  (nothing)'}\n"
        "Put the term in a heading or the first paragraph of the page, in the page's language."
    )
    en_root = site.base + "en/"
    wrong = [r["href"] for r in results if r["href"].startswith(en_root) != (lang == "en")]
    assert not wrong, f"the {lang} search shows pages of the other language: {wrong}"


# -- every page ------------------------------------------------------------------------------


@cache
def _ids(path: Path) -> frozenset[str]:
    return frozenset(re.findall(r'\bid="([^"]+)"', path.read_text(encoding="utf-8")))


def _broken_links(site: Site, hrefs: list[str], here: str, live_ids: set[str]) -> list[str]:
    """Links within the site whose page or anchor does not exist. Anchors on the page itself
    are looked up in the live document (code annotations get their ids from JavaScript)."""
    problems = []
    for href in sorted(set(hrefs)):
        parts = urlsplit(href)
        if parts.scheme not in ("http", "https") or f"{parts.scheme}://{parts.netloc}/" != site.base:
            continue
        target = site.file_for(unquote(parts.path))
        if target is None:
            problems.append(f"{href}: no such page")
        elif re.fullmatch(r"__code_\d+_annotation_\d+", parts.fragment):
            continue  # a code annotation's marker: Material's JavaScript opens it, no element has the id
        elif parts.fragment and unquote(parts.fragment) not in (
            live_ids if parts.path == urlsplit(here).path else _ids(target)
        ):
            problems.append(f"{href}: no element with id {parts.fragment!r} on that page")
    return problems


PAGE_CASES = [(lang, name) for lang in ("ru", "en") for name in PAGE_NAMES]


@pytest.mark.parametrize("lang,name", PAGE_CASES, ids=[f"{lang}/{name}" for lang, name in PAGE_CASES])
def test_page_loads_clean_and_switches_language(site, browser, lang, name):
    """Only 127.0.0.1 is contacted, nothing is logged as an error, every link and anchor resolves,
    and the language switch leads to the same page in the other language (that clicking it goes
    there, keeping the section, is checked once below)."""
    page = browser.new_page()
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    where = f"docs/{lang}/{name}"
    try:
        response = page.goto(site.url(lang, name), wait_until="networkidle")
        assert response.status == 200, f"{where}: {site.url(lang, name)} answered {response.status}"
        foreign = sorted(
            {
                u
                for u in requests
                if urlsplit(u).scheme in ("http", "https", "ws", "wss")
                and urlsplit(u).hostname != "127.0.0.1"
            }
        )
        assert not foreign, f"{where}: the page contacted other hosts: {foreign}"
        assert not errors, f"{where}: console errors: {errors}"

        hrefs = page.eval_on_selector_all("a[href]", "els => els.map(a => a.href)")
        live_ids = set(page.eval_on_selector_all("[id]", "els => els.map(e => e.id)"))
        broken = _broken_links(site, hrefs, page.url, live_ids)
        assert not broken, f"{where}: broken links:\n  " + "\n  ".join(broken)

        other = OTHER[lang]
        switch = page.locator(f'.md-select a[hreflang="{other}"]')
        assert switch.count() == 1, f"{where}: no language switch to {other}"
        twin = site.url(other, name)
        target = switch.evaluate("a => a.href")
        assert target == twin, f"{where}: the switch to {other} leads to {target}, not {twin}"
        assert site.file_for(urlsplit(twin).path), f"{where}: the switch leads to a missing page {twin}"
    finally:
        page.close()


def test_language_switch_keeps_the_section(site, browser):
    """With #anchor in the address, the switch lands on the same section of the twin page."""
    name = next(n for n in PAGE_NAMES if n != "index.md")
    html = site.file_for("/" + page_url(name)).read_text(encoding="utf-8")
    anchor = re.search(r'<h2 id="([^"]+)"', html).group(1)
    page = browser.new_page()
    try:
        page.goto(site.url("ru", name) + "#" + anchor)
        page.locator('.md-select a[hreflang="en"]').evaluate("a => a.click()")
        page.wait_for_url(site.url("en", name) + "#" + anchor)
    finally:
        page.close()


# -- 404 -------------------------------------------------------------------------------------

NOT_FOUND = {"ru": "Страница не найдена", "en": "Page not found"}


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_missing_page_gives_the_404_of_its_language(site, browser, lang):
    page = browser.new_page()
    try:
        url = site.base + lang_prefix(lang) + "no/such/page/"
        response = page.goto(url, wait_until="networkidle")
        assert response.status == 404
        visible = page.locator("article").inner_text().replace("\u00a0", " ")  # U+00A0 from typograf
        assert NOT_FOUND[lang] in visible, (
            f"{url}: the 404 page shows {visible[:200]!r}, not {NOT_FOUND[lang]!r}"
        )
        assert NOT_FOUND[OTHER[lang]] not in visible, f"{url}: the 404 shows the other language too"
        assert page.evaluate("document.documentElement.lang") == lang
    finally:
        page.close()


# -- accessibility ---------------------------------------------------------------------------

AXE_CASES = [(lang, name) for lang in ("ru", "en") for name in SAMPLES]

# Every rule in the first run; after switching the scheme or the width, only the rules whose answer
# can change with colours or layout (the others read the same DOM again).
_LAYOUT_RULES = ["color-contrast", "link-in-text-block", "scrollable-region-focusable"]
_AXE_RUN = (
    "async (rules) => (await axe.run(document, rules ? {resultTypes: ['violations'],"
    " runOnly: {type: 'rule', values: rules}} : {resultTypes: ['violations']})).violations"
    ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
    ".map(v => ({id: v.id, impact: v.impact, help: v.help,"
    " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))"
)


_SCHEME = "document.body.getAttribute('data-md-color-scheme')"


def _scheme(page) -> str:
    """ "light" or "dark": the scheme Material shows now."""
    return {"default": "light", "slate": "dark"}[page.evaluate(_SCHEME)]


def _toggle_scheme(page) -> None:
    """Click Material's light/dark toggle (the visible one of its two labels)."""
    before = page.evaluate(_SCHEME)
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_function(f"s => {_SCHEME} !== s", arg=before)


@pytest.mark.parametrize("lang,name", AXE_CASES, ids=[f"{lang}/{n}" for lang, n in AXE_CASES])
def test_no_serious_accessibility_violation(site, browser, lang, name):
    """axe-core on the page in the light scheme, again after switching to the dark one, and again
    at a phone's width."""
    assert AXE.exists(), f"{AXE.relative_to(ROOT)} is missing: run `npm ci` (make test does)"
    page = browser.new_page()
    try:
        page.goto(site.url(lang, name), wait_until="networkidle")
        # Off-screen blocks skip rendering (content-visibility: auto in extra.css), and Chromium
        # then leaves their computed colours stale after the scheme changes; a reader scrolling
        # to them sees them restyled. Render everything so that axe reads the real colours, and
        # switch off transitions so that it reads settled ones, not a fade between the schemes.
        page.add_style_tag(
            content="*, *::before, *::after { content-visibility: visible !important;"
            " transition: none !important; animation: none !important; }"
        )
        page.add_script_tag(path=str(AXE))
        reports = []
        for rules in (None, _LAYOUT_RULES):
            scheme = _scheme(page)
            violations = page.evaluate(_AXE_RUN, rules)
            reports += [
                f"  {scheme}: {v['impact']} {v['id']}: {v['help']} at {v['nodes']}" for v in violations
            ]
            _toggle_scheme(page)
        # A phone's width: code and timelines scroll sideways there, and must be reachable.
        page.set_viewport_size({"width": 390, "height": 844})
        violations = page.evaluate(_AXE_RUN, _LAYOUT_RULES)
        reports += [
            f"  light, 390 px: {v['impact']} {v['id']}: {v['help']} at {v['nodes']}" for v in violations
        ]
        assert not reports, f"docs/{lang}/{name}: axe-core finds\n" + "\n".join(reports)
    finally:
        page.close()


# -- screenshots (for people to look at; nothing is compared) --------------------------------

SHOT_CASES = [(lang, name) for lang in ("ru", "en") for name in SAMPLES]


@pytest.mark.parametrize("lang,name", SHOT_CASES, ids=[f"{lang}/{n}" for lang, n in SHOT_CASES])
def test_screenshots(site, browser, lang, name):
    """The whole page at 1280 px and the first screen at 390 px, light and dark, from one load."""
    SHOTS.mkdir(exist_ok=True)
    slug = page_url(name).strip("/").replace("/", "-") or "home"
    page = browser.new_page()
    try:
        page.goto(site.url(lang, name), wait_until="networkidle")
        for _ in range(2):
            scheme = _scheme(page)
            page.set_viewport_size({"width": 1280, "height": 900})
            page.screenshot(path=str(SHOTS / f"{lang}-{slug}-desktop-{scheme}.png"), full_page=True)
            page.set_viewport_size({"width": 390, "height": 844})
            page.screenshot(path=str(SHOTS / f"{lang}-{slug}-mobile-{scheme}.png"))
            page.set_viewport_size({"width": 1280, "height": 900})
            _toggle_scheme(page)
    finally:
        page.close()
