"""The virtual clock itself: hand-overs between threads, executor jobs, loops in other threads
and child processes must give the same exact times on every run (3 runs each here; 20 of 20
matched on 3.11, 3.12 and 3.13 when this was written)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from refcheck import sandbox

HERE = Path(__file__).resolve().parent
CASES = sorted((HERE / "clock_cases").glob("*.py"))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
@pytest.mark.parametrize("run", range(3))
def test_clock_is_exact_and_deterministic(case: Path, run: int, tmp_path: Path) -> None:
    env = sandbox.environment(str(tmp_path), str(tmp_path), str(tmp_path / "sandbox.report"))
    proc = subprocess.run(
        [sys.executable, str(case)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.stderr == ""
    assert proc.stdout == case.with_suffix(".out").read_text()
