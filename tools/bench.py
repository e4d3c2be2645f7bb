"""`make bench`: the figures behind the speed targets. Prints numbers; asserts nothing.

* snippets: how many there are;
* suite: wall time of the snippet tests as `make test` runs them (pytest, xdist start-up included);
* runs alone: wall time of running every snippet on the virtual clock, CORES at a time;
* floor: the same number of bare `python -c "import asyncio"` starts, divided by the cores;
* real time: what the snippets would take without the virtual clock (the sum of their virtual
  run times, as the clock reports them), and divided by the cores;
* build: the strict build of both languages.
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import snippetlib  # noqa: E402

CORES = os.cpu_count() or 1


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run_snippet(path: Path, report: str) -> None:
    env = dict(snippetlib.run_env(), SNIPPETS_VCLOCK_REPORT=report)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(path)], cwd=tmp, env=env, capture_output=True, timeout=120)


def main() -> int:
    snippets = [s for s in snippetlib.all_snippets() if (snippetlib.min_python(s) or (0, 0)) <= sys.version_info[:2]]
    n = len(snippets)
    print(f"Python {sys.version.split()[0]}, {CORES} cores")
    print(f"snippets:            {n}")

    suite = timed(lambda: subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-n", "4", "-p", "no:cacheprovider", "tests/test_snippets.py"],
        cwd=ROOT, capture_output=True, check=False))
    print(f"suite (pytest -n 4): {suite:7.2f} s")

    with tempfile.TemporaryDirectory() as tmp:
        report = str(Path(tmp) / "virtual.tsv")
        alone = timed(lambda: list(ThreadPoolExecutor(CORES).map(lambda s: run_snippet(s, report), snippets)))
        virtual = sum(float(line.split("\t")[1]) for line in Path(report).read_text().splitlines())
    print(f"runs alone ({CORES} at once): {alone:5.2f} s")

    floor = timed(lambda: [subprocess.run([sys.executable, "-c", "import asyncio"], check=True) for _ in range(n)])
    floor /= CORES
    print(f"floor:               {floor:7.2f} s   ({n} x `python -c 'import asyncio'` / {CORES} cores)")
    print(f"real time:           {virtual:7.2f} s   serial; {virtual / CORES:.2f} s on {CORES} cores")

    with tempfile.TemporaryDirectory() as site_dir:
        build = timed(lambda: subprocess.run([sys.executable, "tools/docs.py", "build", "--site-dir", site_dir],
                                             cwd=ROOT, check=True, capture_output=True))
    print(f"strict build:        {build:7.2f} s   (both languages)")

    print()
    print(f"runs alone / floor:  {alone / floor:7.2f}   (target: at most 2)")
    print(f"real time / suite:   {virtual / suite:7.2f}   (target: at least 20 once the content is there)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
