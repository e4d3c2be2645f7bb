"""`make bench`: the figures behind the speed targets. Prints numbers; asserts nothing.

* snippets: how many there are;
* suite: wall time of the snippet tests as `make test` runs them (pytest, xdist start-up included);
* runs alone: wall time of running every snippet on the virtual clock, CORES at a time;
* floor: the same number of bare `python -c "import asyncio"` starts, divided by the cores;
* real time: what the snippets would take without the virtual clock (the sum of their virtual
  run times, as the clock reports them), and divided by the cores;
* build: the strict build of both languages;
* timelines: the snippets that have a .timeline, run with and without the tracer.
Targets: "runs alone" at most 2x the floor; the suite at least 20x faster than real time.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from refcheck import conventions, sandbox

ROOT = conventions.ROOT

CORES = os.cpu_count() or 1


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run_snippet(path: Path, report: str | None = None, trace: bool = False) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "cwd"
        work.mkdir()
        env = sandbox.environment(
            str(work),
            str(work),
            str(Path(tmp) / "sandbox.report"),
            trace=str(Path(tmp) / "trace") if trace else None,
        )
        if report:
            env["SNIPPETS_VCLOCK_REPORT"] = report
        subprocess.run([sys.executable, str(path)], cwd=work, env=env, capture_output=True, timeout=120)


def main() -> int:
    snippets = [
        s for s in conventions.all_snippets() if (conventions.min_python(s) or (0, 0)) <= sys.version_info[:2]
    ]
    n = len(snippets)
    print(f"Python {sys.version.split()[0]}, {CORES} cores")
    print(f"snippets:            {n}")

    suite = timed(
        lambda: subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-n",
                "4",
                "-p",
                "no:cacheprovider",
                "tests/test_snippets.py",
            ],
            cwd=ROOT,
            capture_output=True,
            check=False,
        )
    )
    print(f"suite (pytest -n 4): {suite:7.2f} s")

    with tempfile.TemporaryDirectory() as tmp:
        report = str(Path(tmp) / "virtual.tsv")
        alone = timed(lambda: list(ThreadPoolExecutor(CORES).map(lambda s: run_snippet(s, report), snippets)))
        virtual = sum(float(line.split("\t")[1]) for line in Path(report).read_text().splitlines())
    print(f"runs alone ({CORES} at once): {alone:5.2f} s")

    floor = timed(
        lambda: [subprocess.run([sys.executable, "-c", "import asyncio"], check=True) for _ in range(n)]
    )
    floor /= CORES
    print(f"floor:               {floor:7.2f} s   ({n} x `python -c 'import asyncio'` / {CORES} cores)")
    print(f"real time:           {virtual:7.2f} s   serial; {virtual / CORES:.2f} s on {CORES} cores")

    with tempfile.TemporaryDirectory() as site_dir:
        build = timed(
            lambda: subprocess.run(
                [sys.executable, "-m", "refcheck.site", "build", "--site-dir", site_dir],
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
        )
    print(f"strict build:        {build:7.2f} s   (both languages)")

    traced = [s for s in snippets if conventions.expected_files(s, "timeline")]
    if traced:

        def batch(trace: bool) -> float:
            return min(
                timed(
                    lambda: list(ThreadPoolExecutor(CORES).map(lambda s: run_snippet(s, trace=trace), traced))
                )
                for _ in range(3)
            )

        plain, with_trace = batch(False), batch(True)
        print(
            f"timeline snippets:   {len(traced):4d}      untraced {plain:.2f} s, traced {with_trace:.2f} s "
            f"(+{(with_trace / plain - 1) * 100:.0f}%, best of 3)"
        )

    print()
    print(f"runs alone / floor:  {alone / floor:7.2f}   (target: at most 2)")
    print(f"real time / suite:   {virtual / suite:7.2f}   (target: at least 20 once the content is there)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
