"""Runs one snippet the way a reader does, in the sandbox, and says how its run differs from its
expected files.

`run()` starts `python snippets/.../<name>.py` in a fresh process, in an empty working directory,
on the virtual clock (or in real time), and returns what it printed, its exit status, its
timeline (when traced) and what the sandbox refused. `problems()` compares a run with the expected
files (refcheck/conventions.py) and returns messages that name the file and say what to do; the
test (tests/test_snippets.py) and `python -m refcheck check` only report them. Expected files are
written by refcheck/outputs.py, never here.
"""

from __future__ import annotations

import difflib
import os
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from refcheck import conventions, sandbox

VERSION = sys.version_info[:2]
PY = f"{VERSION[0]}.{VERSION[1]}"
TIMEOUT = {False: 30.0, True: 90.0}  # seconds of real time: virtual clock, real time


@dataclass
class Run:
    snippet: Path
    real_time: bool
    code: int
    out: str
    err: str
    timeline: str | None  # None: not traced
    refused: list[str]  # what the sandbox refused
    hung: float | None = None  # the timeout, if the snippet was killed


def traced(snippet: Path, real_time: bool) -> bool:
    """A snippet with a .timeline file is traced (virtual clock only: the times must be exact)."""
    return not real_time and conventions.expected_for(snippet, "timeline", VERSION).exists()


def run(
    snippet: Path,
    *,
    real_time: bool = False,
    timeout: float | None = None,
    python: str = sys.executable,
    prefix: list[str] = (),
) -> Run:
    """Run the snippet; `prefix` goes before the interpreter (the sandbox tests use `unshare --net`)."""
    err_file = conventions.expected_for(snippet, "err", VERSION)
    expects_warning = err_file.exists() and "DeprecationWarning" in err_file.read_text(encoding="utf-8")
    timeout = timeout or TIMEOUT[real_time]
    with tempfile.TemporaryDirectory(prefix="snippet-") as tmp:
        base = Path(tmp)
        workdir, tmpdir = base / "cwd", base / "tmp"
        workdir.mkdir()
        tmpdir.mkdir()
        trace = base / "timeline.trace" if traced(snippet, real_time) else None
        report = base / "sandbox.report"
        env = sandbox.environment(
            str(workdir),
            str(tmpdir),
            str(report),
            virtual_time=not real_time,
            expects_warning=expects_warning,
            trace=str(trace) if trace else None,
        )
        proc = subprocess.Popen(
            [*prefix, python, str(snippet)],
            cwd=workdir,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,  # so a hung snippet is killed with all its children
        )
        hung = None
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
            hung = timeout
        timeline = trace.read_text(encoding="utf-8") if trace and trace.exists() else ("" if trace else None)
        refused = report.read_text(encoding="utf-8").splitlines() if report.exists() else []
    # Tracebacks and warnings name the file; show it as the reader sees it from the repo root.
    root = str(conventions.ROOT) + os.sep
    return Run(
        snippet, real_time, proc.returncode, _text(out), _text(err).replace(root, ""), timeline, refused, hung
    )


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="backslashreplace")


def diff(expected: str, actual: str, expected_name: str) -> str:
    lines = difflib.unified_diff(
        expected.splitlines(keepends=True),
        actual.splitlines(keepends=True),
        fromfile=f"{expected_name} (expected)",
        tofile="actual output",
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def problems(result: Run) -> list[str]:
    """What is wrong with a run, each message naming the file and saying what to do; [] if nothing."""
    snippet = result.snippet
    name = conventions.rel(snippet)
    if result.hung is not None:
        return [
            f"{name} hung: it did not finish within {result.hung:g} s of real time and was killed.\n"
            f"A snippet must end by itself: if it shows a deadlock, detect it with a timeout inside "
            f"the snippet (asyncio.timeout / asyncio.wait_for).\n"
            f"stdout so far:\n{result.out}\nstderr so far:\n{result.err}"
        ]
    if result.refused:
        return [
            f"{name} did what a snippet must not do:\n"
            + "".join(f"  {r}\n" for r in result.refused)
            + "A snippet writes only in its working directory (or tempfile's TMPDIR) and talks only to "
            "127.0.0.1 / ::1: write files with relative paths or tempfile, and serve what it connects "
            "to itself, on the loopback address (refcheck/sandbox.py)."
        ]
    found = []
    out_file = conventions.expected_for(snippet, "out", VERSION)
    err_file = conventions.expected_for(snippet, "err", VERSION)
    expected_err = err_file.read_text(encoding="utf-8") if err_file.exists() else ""
    if not out_file.exists():
        return [f"{name} has no expected output file {conventions.rel(out_file)}.\n{how_to_update(snippet)}"]
    expected_out = out_file.read_text(encoding="utf-8")
    if result.out != expected_out:
        found.append(
            f"stdout of {name} differs from {conventions.rel(out_file)}:\n"
            + diff(expected_out, result.out, conventions.rel(out_file))
        )
    if result.err != expected_err:
        what = conventions.rel(err_file) if err_file.exists() else "(nothing: stderr must be empty)"
        found.append(f"stderr of {name} differs from {what}:\n" + diff(expected_err, result.err, what))
    if result.timeline is not None:
        timeline_file = conventions.expected_for(snippet, "timeline", VERSION)
        expected = timeline_file.read_text(encoding="utf-8")
        if result.timeline != expected:
            found.append(
                f"the timeline of {name} (what each task did and when) differs from "
                f"{conventions.rel(timeline_file)}:\n"
                + diff(expected, result.timeline, conventions.rel(timeline_file))
            )
    if result.code != 0 and not expected_err:
        found.append(f"{name} exited with status {result.code}.")
    if not found:
        return []
    if result.real_time:
        return [
            f"Run in real time on Python {PY}: the output differs in real time: the snippet does work "
            f"that the virtual clock does not see (CPU, a blocking call); make it print something that "
            f"does not depend on that. Do not update the expected output: it is right on the virtual "
            f"clock.\n" + "\n".join(found)
        ]
    return [f"Run on the virtual clock on Python {PY}.\n" + "\n".join(found) + "\n" + how_to_update(snippet)]


def how_to_update(snippet: Path) -> str:
    name = conventions.rel(snippet)
    return (
        f"If the new output is right, write it with:\n    make update-outputs ONLY={name}\n"
        f"(Python {PY}; a version-specific expected file such as {snippet.stem}.py{VERSION[0]}{VERSION[1]}.out "
        f"is updated when it exists; another Python: make update-outputs-on V=3.14 ONLY={name}.)"
    )


def skip_reason(snippet: Path) -> str | None:
    need = conventions.min_python(snippet)
    if need and VERSION < need:
        return f"{conventions.rel(snippet)} needs Python {need[0]}.{need[1]}+ (this is {PY})"
    return None
