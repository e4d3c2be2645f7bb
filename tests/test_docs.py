"""Docs integrity: both languages complete and parallel, every snippet shown with its output,
no untested code on a page, every signature true on the running Python."""

from __future__ import annotations

import importlib
import inspect
import re
import sys

import pytest

from refcheck import conventions, pages, versions
from refcheck.pages import LANG_NAMES, LANGS

ALL = {lang: pages.pages(lang) for lang in LANGS}
PAIRS = sorted(pages.page_names("ru") & pages.page_names("en"))
VERSION = sys.version_info[:2]


def _page(lang: str, name: str) -> pages.Page:
    return next(p for p in ALL[lang] if p.name == name)


def test_every_page_exists_in_both_languages():
    ru, en = pages.page_names("ru"), pages.page_names("en")
    problems = [f"docs/ru/{n} has no English twin: add docs/en/{n}" for n in sorted(ru - en)]
    problems += [f"docs/en/{n} has no Russian twin: add docs/ru/{n}" for n in sorted(en - ru)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", PAIRS)
def test_languages_have_the_same_structure(name):
    ru, en = _page("ru", name), _page("en", name)
    problems = []
    for what, get in (
        ("heading anchors", lambda p: [a for _, level, _, a in p.headings if level > 1]),
        ("snippet includes", lambda p: [path for _, path in p.includes()]),
        ("signatures", lambda p: [f.body for f in p.fences if "signature" in f.classes]),
        ("timelines", lambda p: [snippet for _, snippet in p.timelines]),
    ):
        a, b = get(ru), get(en)
        if a != b:
            problems.append(
                f"{what} differ between {ru.rel} and {en.rel} (they must match, in the same order):\n"
                f"  only in Russian: {[x for x in a if x not in b]}\n"
                f"  only in English: {[x for x in b if x not in a]}\n"
                f"  Russian order: {a}\n  English order: {b}"
            )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_headings_have_fixed_ascii_anchors(lang):
    problems = []
    for page in ALL[lang]:
        for line, level, text, anchor in page.headings:
            if level == 1:
                continue
            if anchor is None:
                problems.append(
                    f"{page.rel}:{line}: heading {text!r} needs a fixed anchor: '## Title {{ #id }}'"
                )
            elif not re.fullmatch(r"[a-z0-9][a-z0-9-]*", anchor):
                problems.append(
                    f"{page.rel}:{line}: anchor #{anchor} must be lowercase ASCII, digits and '-'"
                )
        anchors = [a for *_, a in page.headings if a]
        for a in sorted({a for a in anchors if anchors.count(a) > 1}):
            problems.append(f"{page.rel}: anchor #{a} is used twice")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_includes_resolve(lang):
    problems = []
    for page in ALL[lang]:
        for fence, include in page.includes():
            path, _, section = include.partition(":")
            target = conventions.ROOT / path
            where = f"{page.rel}:{fence.line}"
            if not target.is_file():
                problems.append(f"{where}: the include {path} does not exist")
            elif section:
                text = target.read_text(encoding="utf-8")
                if f"--8<-- [start:{section}]" not in text or f"--8<-- [end:{section}]" not in text:
                    problems.append(
                        f"{where}: {path} has no section '{section}' "
                        f"(mark it with '# --8<-- [start:{section}]' and '# --8<-- [end:{section}]')"
                    )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_every_snippet_is_shown_on_its_own_page(lang):
    """snippets/<section>/<page>/<name>.py belongs to docs/<lang>/<section>/<page>.md: it is shown there
        (other pages may show it too, but it lives beside the page that explains it). So is each
    `_<name>.py` module a snippet runs: a reader sees all the code the output comes from."""
    shown = {(page.name.removesuffix(".md"), path) for page in ALL[lang] for path in page.code_includes()}
    problems = []
    for snippet in conventions.all_snippets() + conventions.helper_modules():
        name, page = conventions.rel(snippet), conventions.page_of(snippet)
        if (page, name) in shown:
            continue
        elsewhere = sorted(p for p, path in shown if path == name)
        where = f"docs/{lang}/{page}.md"
        if elsewhere:
            problems.append(
                f"{name} is shown on {', '.join(elsewhere)} but not on {where}, the page of its folder: "
                f"git mv it into snippets/{elsewhere[0]}/ (with its .out files) or show it on {where}"
            )
        else:
            problems.append(
                f"{name} is shown on no {LANG_NAMES[lang]} page: include it on {where} "
                f'(```{{.python notest title="{name}"}} then --8<-- "{name}"), followed by its output'
            )
    assert not problems, "\n".join(problems)


def _outputs_of(snippet: str) -> list[str]:
    path = conventions.ROOT / snippet
    files = [
        *conventions.expected_files(path, "out").values(),
        *conventions.expected_files(path, "err").values(),
    ]
    return sorted(conventions.rel(f) for f in files)


@pytest.mark.parametrize("lang", LANGS)
def test_code_comes_with_its_output(lang):
    """After a snippet's code, before the next snippet, the page shows each of its outputs."""
    problems = []
    for page in ALL[lang]:
        current, shown, line = None, [], 0

        def close():
            if current is None:
                return
            if current.endswith(".py") and (conventions.ROOT / current).exists():
                want = _outputs_of(current)
                missing = [w for w in want if w not in shown]
                if missing:
                    problems.append(
                        f"{page.rel}:{line}: {current} is shown without its output {missing}: "
                        f'add ```{{.text title="..."}} --8<-- "{missing[0]}" ``` right after it'
                    )

        for fence, include in page.includes():
            path = include.split(":")[0]
            if path.endswith(".py"):
                close()
                current, shown, line = path, [], fence.line
            elif re.search(r"\.(out|err)$", path):
                owner = (
                    conventions.rel(conventions.owner_of(conventions.ROOT / path))
                    if (conventions.ROOT / path).exists()
                    else path
                )
                if owner != current:
                    problems.append(
                        f"{page.rel}:{fence.line}: output {path} is not right after the code of its snippet"
                    )
                shown.append(path)
        close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_timelines_are_shown_with_their_code(lang):
    """Each traced snippet's timeline is on a page, below the snippet's own code."""
    problems = []
    drawn = set()
    for page in ALL[lang]:
        for line, snippet in page.timelines:
            drawn.add(snippet)
            path = conventions.ROOT / snippet
            if not conventions.expected_files(path, "timeline"):
                problems.append(
                    f"{page.rel}:{line}: {snippet} has no timeline: create an empty "
                    f"{snippet[:-3]}.timeline and run make update-outputs ONLY={snippet}"
                )
            earlier = [p for f, p in page.includes() if f.line < line and p.split(":")[0] == snippet]
            if not earlier:
                problems.append(
                    f"{page.rel}:{line}: the timeline of {snippet} comes before (or without) its code"
                )
    for snippet in conventions.all_snippets():
        if conventions.expected_files(snippet, "timeline") and conventions.rel(snippet) not in drawn:
            problems.append(
                f"{conventions.rel(snippet)} is traced but its timeline is on no {LANG_NAMES[lang]} page: add "
                f"'<!-- timeline: {conventions.rel(snippet)} -->' after its output"
            )
    assert not problems, "\n".join(problems)


def test_no_orphan_outputs():
    orphans = []
    for f in sorted(
        [
            *conventions.SNIPPETS.rglob("*.out"),
            *conventions.SNIPPETS.rglob("*.err"),
            *conventions.SNIPPETS.rglob("*.timeline"),
        ]
    ):
        if not conventions.owner_of(f).exists():
            orphans.append(f"{conventions.rel(f)} belongs to no snippet: delete it or restore its .py")
    assert not orphans, "\n".join(orphans)


@pytest.mark.parametrize("lang", LANGS)
def test_no_untested_python_on_pages(lang):
    """Code on a page comes from snippets/; only signatures (checked below) are written inline."""
    problems = []
    for page in ALL[lang]:
        for fence in page.fences:
            if fence.lang not in ("py", "python", "python3", "pycon"):
                continue
            if "signature" in fence.classes:
                continue
            include = fence.include
            if include and fence.notest and include.split(":")[0].endswith(".py"):
                continue
            if include:
                problems.append(
                    f"{page.rel}:{fence.line}: an include fence must be written "
                    f'```{{.python notest title="{include}"}}'
                )
            else:
                problems.append(
                    f"{page.rel}:{fence.line}: inline Python code on a page is not tested. Move it into "
                    f"snippets/<section>/<page>/<name>.py, run 'make update-outputs', and include it with "
                    f'```{{.python notest title="snippets/<section>/<page>/<name>.py"}} / --8<-- "snippets/<section>/<page>/<name>.py"'
                )
    assert not problems, "\n".join(problems)


def test_readme_python_is_run():
    readme = pages.parse(conventions.ROOT / "README.md", "en")
    bad = [f"README.md:{f.line}" for f in readme.fences if f.lang in ("py", "python", "python3") and f.notest]
    assert not bad, f"Python fences in README.md must run (pytest-markdown-docs): remove notest at {bad}"


# -- signatures ----------------------------------------------------------------------------

# How a page names the object whose method it documents.
INSTANCES = {
    "loop": "asyncio.BaseEventLoop",
    "task": "asyncio.Task",
    "future": "asyncio.Future",
    "runner": "asyncio.Runner",
    "lock": "asyncio.Lock",
    "event": "asyncio.Event",
    "condition": "asyncio.Condition",
    "semaphore": "asyncio.Semaphore",
    "barrier": "asyncio.Barrier",
    "queue": "asyncio.Queue",
    "timeout": "asyncio.Timeout",
    "taskgroup": "asyncio.TaskGroup",
    "reader": "asyncio.StreamReader",
    "writer": "asyncio.StreamWriter",
    "process": "asyncio.subprocess.Process",
    "server": "asyncio.Server",
    "handle": "asyncio.Handle",
    "timerhandle": "asyncio.TimerHandle",
    "stack": "contextlib.AsyncExitStack",
}


def _resolve(name: str):
    head, *rest = name.split(".")
    if head in INSTANCES:
        head, *more = INSTANCES[head].split(".")
        rest = more + rest
    obj = importlib.import_module(head)
    for i, part in enumerate(rest):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            obj = importlib.import_module(".".join([head, *rest[: i + 1]]))
    return obj


def _versions(title: str | None) -> tuple[tuple[int, int], tuple[int, int]]:
    """'Python 3.12+' -> 3.12..newest; 'Python 3.11' -> 3.11 only; 'Python 3.11–3.13'; none -> all."""
    if not title:
        return versions.OLDEST, versions.NEWEST
    bounds = versions.parse_range(title)
    if bounds is None:
        raise ValueError(
            f"cannot read the Python versions in the title {title!r}: write "
            f"'Python 3.12+', 'Python 3.11–3.13' or 'Python 3.13'"
        )
    return bounds


def _signatures():
    for lang in LANGS:
        for page in ALL[lang]:
            for fence in page.fences:
                if "signature" in fence.classes:
                    yield page, fence


SIGNATURES = list(_signatures())


@pytest.mark.parametrize("page,fence", SIGNATURES, ids=[f"{p.rel}:{f.line}" for p, f in SIGNATURES] or None)
def test_signature_is_true(page, fence):
    lo, hi = _versions(fence.title)
    text = "\n".join(fence.body).strip()
    if not lo <= VERSION <= hi:
        span = f"{lo[0]}.{lo[1]}" + ("" if lo == hi else f"–{hi[0]}.{hi[1]}")
        pytest.skip(f"this signature holds for Python {span} only")
    name, paren, params = text.partition("(")
    assert paren, f"{page.rel}:{fence.line}: a signature is name(params), got {text!r}"
    obj = _resolve(name)
    sig = inspect.signature(obj)
    if inspect.isclass(obj) is False and name.split(".")[0] in INSTANCES:
        parameters = list(sig.parameters.values())
        if parameters and parameters[0].name == "self":
            sig = sig.replace(parameters=parameters[1:])
    actual = f"{name}{sig}"
    assert text == actual, (
        f"{page.rel}:{fence.line}: the signature on the page is not the one of Python "
        f"{VERSION[0]}.{VERSION[1]}:\n  page:   {text}\n  Python: {actual}\n"
        "Fix the text, or give the fence a title naming the versions it holds for "
        '(title="Python 3.12+") and add a fence for the others.'
    )


def _signature_ranges():
    """{(page, name): [(lo, hi, line), ...]} over every signature fence."""
    found: dict = {}
    for page, fence in SIGNATURES:
        name = "\n".join(fence.body).strip().partition("(")[0]
        lo, hi = _versions(fence.title)
        found.setdefault((page.rel, name), []).append((lo, hi, fence.line))
    return found


def test_each_api_has_one_signature_per_supported_version():
    """From the version an API appeared in to the newest supported one, exactly one fence applies."""
    problems = []
    for (rel, name), ranges in _signature_ranges().items():
        first = min(lo for lo, _, _ in ranges)
        for version in versions.SUPPORTED:
            if version < first:
                continue
            lines = [line for lo, hi, line in ranges if lo <= version <= hi]
            if len(lines) != 1:
                what = "no signature fence" if not lines else f"{len(lines)} signature fences (lines {lines})"
                problems.append(f"{rel}: {name} has {what} for Python {versions.show(version)}")
    assert not problems, (
        "\n".join(problems) + "\nEvery API needs exactly one signature fence for each supported Python from "
        'the version it appeared in: give fences titles such as title="Python 3.11–3.13" and '
        'title="Python 3.14+" (the versions come from refcheck/versions.py).'
    )


def test_api_is_absent_before_its_first_signature():
    """A fence titled 'Python 3.13+' claims the API appeared in 3.13: on older Pythons it must not exist."""
    problems = []
    for (rel, name), ranges in _signature_ranges().items():
        first = min(lo for lo, _, _ in ranges)
        if VERSION >= first:
            continue
        try:
            _resolve(name)
        except (AttributeError, ImportError):
            continue
        problems.append(
            f"{rel}: {name} exists on Python {versions.show(VERSION)}, but its first signature "
            f"fence is for {versions.show(first)}+: add a fence for this version"
        )
    assert not problems, "\n".join(problems)


# Forbidden forms of STYLE.md, in prose only (pages.Page.prose: fences are skipped; inline code
# is only ever the object of the verb): (pattern, what to write instead).
_RU_FORMS = [
    (
        re.compile(
            r"\b(вызыва(?:ет|ют|ется|ются)|вызовет|бросает|бросают|возбужда(?:ет|ют)|выда(?:ёт|ют))"
            r"(?: [а-яё]+)?,? `[A-Za-z_.]*(?:Error|Exception|Interrupt|Group|Exit|Full|Empty|ShutDown)\b"
        ),
        "«выбрасывает» for raise («вызывает» means call)",
    ),
    (re.compile(r"\b[Оо]братн\w+ вызов\w*"), "«колбэк» (колбэка, колбэком…) for callback"),
]


def test_russian_forms():
    """The forms STYLE.md forbids do not appear in the prose of any Russian page."""
    problems = []
    for page in ALL["ru"]:
        for number, line in page.prose:
            for pattern, instead in _RU_FORMS:
                for m in pattern.finditer(line):
                    problems.append(f"{page.rel}:{number}: «{m.group(0)}» — write {instead} (STYLE.md)")
    assert not problems, "\n".join(problems)


_MARKER = re.compile(r"#\s*\((\d+)\)!")
_LIST_ITEM = re.compile(r"^\s*(\d+)\.\s")


def _included_text(include: str) -> str:
    """What `--8<-- "path[:section]"` puts on the page (pymdownx.snippets' named sections)."""
    path, _, section = include.partition(":")
    lines = (conventions.ROOT / path).read_text(encoding="utf-8").splitlines()
    if not section:
        return "\n".join(lines)
    inside, kept = False, []
    for line in lines:
        if f"[start:{section}]" in line:
            inside = True
        elif f"[end:{section}]" in line:
            inside = False
        elif inside:
            kept.append(line)
    return "\n".join(kept)


def test_code_annotations_have_their_notes():
    """Each `# (n)!` in shown code needs the n-th item of the numbered list right after the code
    block (Material code annotations), and each item there needs its marker."""
    problems = []
    for lang in LANGS:
        for page in ALL[lang]:
            lines = page.path.read_text(encoding="utf-8").splitlines()
            for fence, include in page.includes():
                path = include.split(":")[0]
                if not path.endswith(".py") or not (conventions.ROOT / path).exists():
                    continue
                markers = sorted({int(n) for n in _MARKER.findall(_included_text(include))})
                # The list starts after the closing fence and blank lines, and ends at the first
                # line that is neither an item, its indented continuation, nor blank.
                items, i = [], fence.line + len(fence.body) + 1
                indent = len(lines[fence.line - 1]) - len(lines[fence.line - 1].lstrip())
                while i < len(lines):
                    text = lines[i]
                    item = _LIST_ITEM.match(text)
                    if item and len(text) - len(text.lstrip()) == indent:
                        items.append(int(item.group(1)))
                    elif text.strip() and (len(text) - len(text.lstrip()) <= indent):
                        break
                    i += 1
                want = list(range(1, len(markers) + 1))
                if markers != want:
                    problems.append(
                        f"{page.rel}:{fence.line}: {include} numbers its markers {markers}: number them # (1)!, # (2)!, ... in order"
                    )
                elif items != want:
                    problems.append(
                        f"{page.rel}:{fence.line}: {include} has {len(markers)} marker(s) # (n)! but the list after the "
                        f"code block has items {items}: write one item '1.  ...' per marker, right after the block"
                    )
    assert not problems, "\n".join(problems)


_TABLE_OF = re.compile(r"^<!-- table: (?P<path>snippets/\S+\.py) -->$")


def _cell(text: str) -> str:
    """A table cell as the program prints it: no link, no code marks."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text.strip())
    return text.replace("`", "").strip()


def test_tables_restating_an_output_match_it():
    """A Markdown table after `<!-- table: snippets/.../x.py -->` restates what x.py prints, with
    links to the entries: each row after the header must be the printed row of the same place,
    columns split by two or more spaces."""
    problems = []
    for lang in LANGS:
        for page in ALL[lang]:
            lines = page.path.read_text(encoding="utf-8").splitlines()
            for number, line in enumerate(lines, start=1):
                m = _TABLE_OF.match(line.strip())
                if not m:
                    continue
                snippet = conventions.ROOT / m.group("path")
                printed = [
                    re.split(r"\s{2,}", row.strip())
                    for row in conventions.expected_for(snippet, "out")
                    .read_text(encoding="utf-8")
                    .splitlines()
                    if row.strip()
                ][1:]
                rows = []
                for row in lines[number:]:
                    if not row.strip() and not rows:
                        continue
                    if not row.startswith("|"):
                        break
                    rows.append([_cell(c) for c in row.strip().strip("|").split("|")])
                table = [r for r in rows[2:]]  # after the header and the |---| line
                if table != printed:
                    problems.append(
                        f"{page.rel}:{number}: the table does not match what {m.group('path')} prints:\n"
                        f"  table:   {table}\n  printed: {printed}\n"
                        "  copy the printed rows into the table (links and `code` marks may be added)"
                    )
    assert not problems, "\n".join(problems)
