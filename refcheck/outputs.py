"""The only writer of expected outputs: `python -m refcheck update [PATH ...]` (`make update-outputs`).

Each snippet under the given paths (all of snippets/ by default) is run on the virtual clock by
refcheck/runner.py on the running Python, and what it printed becomes its expected files
(refcheck/conventions.py): `<name>.out`, `<name>.err` when stderr is not empty, `<name>.timeline`
when the snippet is traced. Where a version-specific file (`<name>.py314.out`) is the one that
applies to the running Python, that file is written instead. A snippet the sandbox stopped, or
one that hung, is not written: the command reports it and fails.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from refcheck import conventions, runner


def write(result: runner.Run) -> list[Path]:
    """Write one run's expected files; return the files that changed."""
    snippet = result.snippet
    changed = []

    def put(kind: str, text: str) -> None:
        target = conventions.expected_for(snippet, kind, runner.VERSION)
        if kind == "err" and not text:
            # No stderr: no .err file, unless an empty versioned one overrides an older one
            # (x.py314.err empty beside x.py312.err: "from 3.14 on, stderr is empty").
            older = [v for v in conventions.expected_files(snippet, "err") if v is None or v < runner.VERSION]
            if target.exists() and (target == snippet.with_suffix(".err") or not older):
                target.unlink()
                changed.append(target)
            elif target.exists() and target.read_text(encoding="utf-8"):
                target.write_text("", encoding="utf-8")
                changed.append(target)
            return
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
            changed.append(target)

    put("out", result.out)
    put("err", result.err)
    if result.timeline is not None:
        put("timeline", result.timeline)
    return changed


def select(paths: list[str]) -> list[Path]:
    """The snippets under these paths (files or folders, relative to the repository root)."""
    every = conventions.all_snippets()
    if not paths:
        return every
    chosen, unknown = [], []
    for p in paths:
        hits = [s for s in every if conventions.under(conventions.rel(s), p)]
        (chosen.extend(hits) if hits else unknown.append(p))
    if unknown:
        raise SystemExit(
            f"no snippet under {', '.join(unknown)}: give a path such as snippets/basics/tasks "
            f"or snippets/basics/tasks/create_task_basic.py"
        )
    return sorted(set(chosen))


def update(paths: list[str], jobs: int = 4) -> int:
    snippets = select(paths)
    runnable = [s for s in snippets if not runner.skip_reason(s)]
    skipped = len(snippets) - len(runnable)
    with ThreadPoolExecutor(jobs) as pool:
        results = list(pool.map(runner.run, runnable))
    failed = 0
    written = 0
    for result in results:
        if result.hung is not None or result.refused:
            failed += 1
            print("\n".join(runner.problems(result)))
            continue
        for path in write(result):
            written += 1
            print(f"wrote {conventions.rel(path)}")
    print(
        f"{len(runnable)} snippet(s) run on Python {runner.PY}, {written} file(s) written, "
        f"{skipped} skipped (they need a newer Python), {failed} not written (see above)"
    )
    return 1 if failed else 0
