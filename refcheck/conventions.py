"""What the tests, the build hooks and the scripts all need to know about snippets.

A snippet is `snippets/<section>/<page>/<name>.py`, beside the other examples of the page
`docs/<lang>/<section>/<page>.md` that shows it (tests/test_docs.py checks that it does). Beside it:

* `<name>.out` — its exact expected stdout; `<name>.py312.out` — the expected stdout on
  Python 3.12 and newer, where behaviour really differs (the newest file not newer than the
  running Python wins);
* `<name>.err` (and `<name>.py312.err`) — expected stderr, when the point of the snippet is a
  warning or a traceback; without it stderr must be empty;
* `<name>.timeline` — the trace of what each task did and when (refcheck/tracer.py),
  for snippets whose page shows a timeline; creating the empty file opts a snippet in.

A module whose name starts with `_` beside the snippets (`_test_client.py`, `_server.py`) is not a
snippet: a snippet runs it (pytest on a test module, a child process) and the page shows it, but it
has no output of its own. tests/test_docs.py checks that it is shown on its page too.

A snippet may declare its minimum Python on its first line, `# Python 3.12+`: the tests skip it
on older versions and the page shows the same requirement next to the code.

Versions, everywhere (this first line, the `.py314.` suffixes, signature fence titles, badges), are
read by refcheck/versions.py, which also holds the list of supported versions.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from refcheck import versions

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"

_REQUIRES = re.compile(r"^#\s*(Python\s.*)$")
_VERSIONED = re.compile(r"^(?P<stem>.+)\.py(?P<major>\d)(?P<minor>\d+)\.(?P<kind>out|err|timeline)$")


def all_snippets() -> list[Path]:
    return sorted(
        p for p in SNIPPETS.rglob("*.py") if "__pycache__" not in p.parts and not p.name.startswith("_")
    )


def helper_modules() -> list[Path]:
    """The `_<name>.py` modules a snippet runs or imports; shown on the page, never run on their own."""
    return sorted(
        p for p in SNIPPETS.rglob("_*.py") if "__pycache__" not in p.parts and not p.name.startswith("__")
    )


def page_of(snippet: Path) -> str:
    """The page a snippet belongs to: snippets/basics/tasks/x.py -> "basics/tasks" (docs/<lang>/basics/tasks.md)."""
    return snippet.resolve().parent.relative_to(SNIPPETS).as_posix()


def under(name: str, prefix: str) -> bool:
    """Whether the snippet `name` (as rel() gives it) is `prefix` or inside the folder `prefix`."""
    prefix = prefix.rstrip("/")
    return name == prefix or name.startswith(prefix + "/")


def rel(path: Path) -> str:
    """The path as a contributor types it: relative to the repository root when it is inside."""
    full = path.resolve()
    return full.relative_to(ROOT).as_posix() if full.is_relative_to(ROOT) else full.as_posix()


def min_python(snippet: Path) -> tuple[int, int] | None:
    with snippet.open(encoding="utf-8") as f:
        first = f.readline()
    m = _REQUIRES.match(first.strip())
    if not m:
        return None
    bounds = versions.parse_range(m.group(1))
    if bounds is None or bounds[1] != versions.NEWEST:
        raise ValueError(
            f"{rel(snippet)}: the first line {first.strip()!r} is not a minimum version: "
            f"write '# Python 3.12+'"
        )
    return bounds[0]


def expected_files(snippet: Path, kind: str) -> dict[tuple[int, int] | None, Path]:
    """All expected files of one kind ("out", "err" or "timeline"): {None: base, (3, 12): ...}."""
    found: dict[tuple[int, int] | None, Path] = {}
    base = snippet.with_suffix("." + kind)
    if base.exists():
        found[None] = base
    for p in snippet.parent.glob(snippet.stem + ".py*." + kind):
        m = _VERSIONED.match(p.name)
        if m and m.group("stem") == snippet.stem:
            found[(int(m.group("major")), int(m.group("minor")))] = p
    return found


def expected_for(snippet: Path, kind: str, version: tuple[int, int] | None = None) -> Path:
    """The file that holds the expected output for this Python (it may not exist yet)."""
    version = version or sys.version_info[:2]
    files = expected_files(snippet, kind)
    fitting = [v for v in files if v is not None and v <= version]
    if fitting:
        return files[max(fitting)]
    return snippet.with_suffix("." + kind)


def owner_of(output: Path) -> Path:
    """The snippet an expected-output file belongs to."""
    m = _VERSIONED.match(output.name)
    stem = m.group("stem") if m else output.stem
    return output.with_name(stem + ".py")
