"""Reads the Markdown pages the way the integrity tests need: fences, includes, anchors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from refcheck import conventions
from refcheck.timeline import DIRECTIVE as _TIMELINE

DOCS = conventions.ROOT / "docs"
LANGS = ("ru", "en")
LANG_NAMES = {"ru": "Russian", "en": "English"}

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<ticks>`{3,}|~{3,})(?P<info>.*)$")
_INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<path>[^"]+)"\s*$')
_HEADING = re.compile(r"^(?P<level>#{1,6})\s+(?P<text>.*?)\s*$")
_ANCHOR = re.compile(r"\{\s*#(?P<id>[^\s}]+)[^}]*\}\s*$")


@dataclass
class Fence:
    line: int  # 1-based line of the opening fence
    info: str
    body: list[str] = field(default_factory=list)

    @property
    def lang(self) -> str | None:
        info = self.info.strip()
        if info.startswith("{"):
            m = re.search(r"(?<![\w-])\.([\w+-]+)", info)
            return m.group(1) if m else None
        return info.split()[0] if info else None

    @property
    def classes(self) -> set[str]:
        info = self.info.strip()
        if not info.startswith("{"):
            return set()
        return set(re.findall(r"(?<![\w-])\.([\w+-]+)", info)[1:])

    @property
    def notest(self) -> bool:
        return re.search(r"\bnotest\b", self.info) is not None

    @property
    def title(self) -> str | None:
        m = re.search(r'title="([^"]*)"', self.info)
        return m.group(1) if m else None

    @property
    def include(self) -> str | None:
        """The included path, when the fence holds exactly one include line."""
        lines = [line for line in self.body if line.strip()]
        if len(lines) == 1:
            m = _INCLUDE.match(lines[0])
            if m:
                return m.group("path")
        return None


@dataclass
class Page:
    path: Path
    lang: str
    fences: list[Fence]
    headings: list[tuple[int, int, str, str | None]]  # (line, level, text, anchor)
    # (line, snippet) of <!-- timeline: ... -->
    timelines: list[tuple[int, str]] = field(default_factory=list)
    # (line, text) of every line outside fences: what the style checks read
    prose: list[tuple[int, str]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.relative_to(DOCS / self.lang).as_posix()

    @property
    def rel(self) -> str:
        return self.path.relative_to(conventions.ROOT).as_posix()

    def includes(self) -> list[tuple[Fence, str]]:
        return [(f, f.include) for f in self.fences if f.include]

    def code_includes(self) -> list[str]:
        return [p.split(":")[0] for f, p in self.includes() if p.endswith(".py") or ".py:" in p]


def parse(path: Path, lang: str) -> Page:
    fences: list[Fence] = []
    headings = []
    timelines = []
    prose = []
    current: Fence | None = None
    closing = ""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if current is not None:
            stripped = line.strip()
            if stripped.startswith(closing) and set(stripped) == {closing[0]}:
                fences.append(current)
                current = None
            else:
                current.body.append(line)
            continue
        m = _FENCE.match(line)
        if m:
            current = Fence(number, m.group("info"))
            closing = m.group("ticks")
            continue
        prose.append((number, line))
        t = _TIMELINE.match(line)
        if t:
            timelines.append((number, t.group("path")))
            continue
        h = _HEADING.match(line)
        if h:
            text = h.group("text")
            a = _ANCHOR.search(text)
            headings.append((number, len(h.group("level")), text, a.group("id") if a else None))
    if current is not None:
        fences.append(current)
    return Page(path, lang, fences, headings, timelines, prose)


def page_url(name: str) -> str:
    """A page's URL path under its language root: basics/tasks.md -> basics/tasks/, index.md -> ""."""
    stem = name[: -len(".md")]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def pages(lang: str) -> list[Page]:
    root = DOCS / lang
    return [parse(p, lang) for p in sorted(root.rglob("*.md"))]


def page_names(lang: str) -> set[str]:
    root = DOCS / lang
    return {p.relative_to(root).as_posix() for p in root.rglob("*.md")}
