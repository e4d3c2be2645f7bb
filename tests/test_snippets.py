"""Runs every snippet the way a reader does and compares what it prints with its expected files.

One test per `snippets/<area>/<name>.py` (the test id is its path). Each run is
`python snippets/<area>/<name>.py` in a fresh process, in an empty temporary directory, on the
virtual clock (tests/vclock) unless --real-time is given. Expected output is written only by
`make update-outputs` (pytest --update-outputs).
"""

from __future__ import annotations

import difflib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import snippetlib

VERSION = sys.version_info[:2]
PY = f"{VERSION[0]}.{VERSION[1]}"


@pytest.fixture(params=snippetlib.all_snippets(), ids=snippetlib.rel)
def snippet(request) -> Path:
    return request.param


def _run(path: Path, tmp_path: Path, real_time: bool, timeout: float, expects_warning: bool, trace=None):
    proc = subprocess.Popen(
        [sys.executable, str(path)],
        cwd=tmp_path,
        env=snippetlib.run_env(real_time, expects_warning, str(trace) if trace else None),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # so a hung snippet is killed with all its children
    )
    try:
        out, err = proc.communicate(timeout=timeout)
        hung = False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        hung = True
    if hung:
        pytest.fail(
            f"{snippetlib.rel(path)} hung: it did not finish within {timeout:g} s of real time "
            f"and was killed.\nA snippet must end by itself: if it shows a deadlock, detect it "
            f"with a timeout inside the snippet (asyncio.timeout / asyncio.wait_for).\n"
            f"stdout so far:\n{_text(out)}\nstderr so far:\n{_text(err)}",
            pytrace=False,
        )
    # Tracebacks and warnings name the file; show it as the reader sees it from the repo root.
    root = str(snippetlib.ROOT) + os.sep
    return proc.returncode, _text(out), _text(err).replace(root, "")


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="backslashreplace")


def _diff(expected: str, actual: str, expected_name: str) -> str:
    lines = difflib.unified_diff(
        expected.splitlines(keepends=True),
        actual.splitlines(keepends=True),
        fromfile=f"{expected_name} (expected)",
        tofile="actual output",
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def _update(path: Path, kind: str, text: str) -> None:
    target = snippetlib.expected_for(path, kind, VERSION)
    if kind == "err" and not text:
        # No stderr: no .err file, unless an empty versioned one overrides an older one
        # (x.py314.err empty beside x.py312.err: "from 3.14 on, stderr is empty").
        older = [v for v in snippetlib.expected_files(path, "err") if v is None or v < VERSION]
        if target.exists() and (target == path.with_suffix(".err") or not older):
            target.unlink()
        elif target.exists():
            target.write_text("", encoding="utf-8")
        return
    target.write_text(text, encoding="utf-8")


def test_snippet(snippet: Path, tmp_path: Path, request) -> None:
    config = request.config
    real_time = config.getoption("--real-time")
    update = config.getoption("--update-outputs")
    timeout = config.getoption("--snippet-timeout") or (90.0 if real_time else 30.0)
    name = snippetlib.rel(snippet)

    need = snippetlib.min_python(snippet)
    if need and VERSION < need:
        pytest.skip(f"{name} needs Python {need[0]}.{need[1]}+ (this is {PY})")

    err_file = snippetlib.expected_for(snippet, "err", VERSION)
    expected_err = err_file.read_text(encoding="utf-8") if err_file.exists() else ""
    # A snippet with a .timeline file is traced (virtual clock only: the times must be exact).
    timeline_file = snippetlib.expected_for(snippet, "timeline", VERSION)
    traced = timeline_file.exists() and not real_time
    trace = tmp_path / "timeline.trace" if traced else None
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    code, out, err = _run(snippet, workdir, real_time, timeout, "DeprecationWarning" in expected_err, trace)
    timeline = trace.read_text(encoding="utf-8") if traced and trace.exists() else ""

    if update:
        assert not real_time, "expected outputs are written from the virtual-clock run only"
        _update(snippet, "out", out)
        _update(snippet, "err", err)
        if traced:
            _update(snippet, "timeline", timeline)
        return

    how_to_update = (
        f"If the new output is right, write it with:\n"
        f"    make update-outputs ONLY={name}\n"
        f"(Python {PY}; a version-specific expected file such as {snippet.stem}.py{VERSION[0]}{VERSION[1]}.out "
        f"is updated when it exists.)"
    )
    out_file = snippetlib.expected_for(snippet, "out", VERSION)
    if not out_file.exists():
        pytest.fail(
            f"{name} has no expected output file {snippetlib.rel(out_file)}.\n{how_to_update}", pytrace=False
        )
    expected_out = out_file.read_text(encoding="utf-8")
    problems = []
    if out != expected_out:
        problems.append(
            f"stdout of {name} differs from {snippetlib.rel(out_file)}:\n"
            + _diff(expected_out, out, snippetlib.rel(out_file))
        )
    if err != expected_err:
        what = snippetlib.rel(err_file) if err_file.exists() else "(nothing: stderr must be empty)"
        problems.append(f"stderr of {name} differs from {what}:\n" + _diff(expected_err, err, what))
    if traced:
        expected_timeline = timeline_file.read_text(encoding="utf-8")
        if timeline != expected_timeline:
            problems.append(
                f"the timeline of {name} (what each task did and when) differs from "
                f"{snippetlib.rel(timeline_file)}:\n" + _diff(expected_timeline, timeline, snippetlib.rel(timeline_file))
            )
    if code != 0 and not expected_err:
        problems.append(f"{name} exited with status {code}.")
    if problems:
        mode = "in real time" if real_time else "on the virtual clock"
        pytest.fail(f"Run {mode} on Python {PY}.\n" + "\n".join(problems) + "\n" + how_to_update, pytrace=False)
