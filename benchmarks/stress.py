"""`make stress RUNS=20`: the snippet suite, again and again, while the other cores are kept busy.

A snippet's output must not depend on how fast the machine is today. This runs every snippet (or
those under --only PATH) on the virtual clock RUNS times, the way the tests do, with one
busy-looping process per core but one, and reports every failure: which snippet, in how many runs,
and the first difference. Prints figures; exits 1 if anything failed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

from refcheck import conventions, outputs, runner


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=4)
    parser.add_argument("--only", action="append", default=[], metavar="PATH")
    args = parser.parse_args()
    snippets = [s for s in outputs.select(args.only) if not runner.skip_reason(s)]
    cores = os.cpu_count() or 1
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(max(1, cores - 1))]
    failures: Counter[str] = Counter()
    first: dict[str, str] = {}
    print(
        f"{len(snippets)} snippets x {args.runs} runs, {args.jobs} at a time, {len(hogs)} busy process(es) "
        f"on {cores} cores, Python {runner.PY}"
    )
    try:
        for n in range(1, args.runs + 1):
            started = time.monotonic()
            with ThreadPoolExecutor(args.jobs) as pool:
                results = list(pool.map(runner.run, snippets))
            bad = 0
            for result in results:
                found = runner.problems(result)
                if found:
                    bad += 1
                    name = conventions.rel(result.snippet)
                    failures[name] += 1
                    first.setdefault(name, "\n".join(found))
            print(f"run {n:3}: {bad} failed, {time.monotonic() - started:5.1f} s", flush=True)
    finally:
        for hog in hogs:
            hog.kill()
    if not failures:
        print(f"0 failures in {args.runs} runs")
        return 0
    print(f"\n{sum(failures.values())} failures in {args.runs} runs:")
    for name, count in failures.most_common():
        print(f"\n{name}: failed {count} of {args.runs} runs; the first time:\n{first[name]}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
