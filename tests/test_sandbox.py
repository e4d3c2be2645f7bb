"""The walls around a snippet (refcheck/sandbox.py) and the real-time check (refcheck/runner.py),
tried with bad snippets written to a temporary folder. No packet leaves this machine: the rules are
checked on the audit events themselves, which Python raises before it asks the operating system,
and the one run that really calls connect() runs in a network namespace of its own, with no route
anywhere."""

from __future__ import annotations

import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

from refcheck import outputs, runner, sandbox

OFF_MACHINE = ("192.0.2.1", 9)  # TEST-NET-1: reserved for documentation, never routed


@pytest.fixture
def walls(tmp_path) -> sandbox.Walls:
    return sandbox.Walls([str(tmp_path / "cwd"), str(tmp_path / "tmp")])


def test_loopback_is_allowed_and_nothing_else(walls):
    for address in [("127.0.0.1", 80), ("127.8.9.10", 80), ("::1", 80, 0, 0), ("localhost", 80)]:
        assert walls.refusal("socket.connect", (None, address)) is None, address
    for address in [OFF_MACHINE, ("10.0.0.1", 80), ("2001:db8::1", 80, 0, 0), ("example.com", 80)]:
        why = walls.refusal("socket.connect", (None, address))
        assert why and "loopback" in why, address
    assert walls.refusal("socket.bind", (None, ("0.0.0.0", 8000)))
    assert walls.refusal("socket.sendto", (None, OFF_MACHINE))
    assert walls.refusal("socket.getaddrinfo", ("example.com", 80, 0, 0, 0))
    assert walls.refusal("socket.getaddrinfo", ("localhost", 80, 0, 0, 0)) is None
    assert walls.refusal("socket.getaddrinfo", (None, 80, 0, 0, 0)) is None
    assert walls.refusal("socket.connect", (None, "/tmp/some.sock")) is None  # a Unix socket is a file


def test_writes_only_inside(walls, tmp_path):
    inside, outside = str(tmp_path / "cwd" / "a.txt"), str(tmp_path / "elsewhere.txt")
    assert walls.refusal("open", (inside, "w", 0)) is None
    assert walls.refusal("open", (outside, "r", 0)) is None  # reading is fine
    assert "may write only" in walls.refusal("open", (outside, "w", 0))
    assert walls.refusal("open", (outside, None, 0o101))  # os.open(O_WRONLY | O_CREAT)
    assert walls.refusal("os.remove", (outside, None))
    assert walls.refusal("os.rename", (inside, outside, None, None))
    assert walls.refusal("open", ("/dev/null", "w", 0)) is None


def _snippet(tmp_path: Path, code: str) -> Path:
    folder = tmp_path / "snippets"
    folder.mkdir(exist_ok=True)
    path = folder / "bad.py"
    path.write_text(textwrap.dedent(code), encoding="utf-8")
    return path


def test_a_snippet_that_writes_beside_itself_fails(tmp_path):
    bad = _snippet(
        tmp_path,
        """
        from pathlib import Path
        try:
            Path(__file__).with_name("left-behind.txt").write_text("oops")
        except OSError:
            pass  # catching the refusal does not help: the runner has seen it
        print("done")
    """,
    )
    result = runner.run(bad)
    assert not (bad.parent / "left-behind.txt").exists()
    [message] = runner.problems(result)
    assert "bad.py did what a snippet must not do" in message
    assert "left-behind.txt" in message and "working directory" in message


def _no_network() -> list[str] | None:
    """A command prefix that runs a process in a network namespace with no route, if possible."""
    unshare = shutil.which("unshare")
    for prefix in (["unshare", "--net"], ["unshare", "--net", "--map-root-user"]):
        if unshare and subprocess.run([*prefix, "true"], capture_output=True).returncode == 0:
            return prefix
    return None


def test_a_snippet_that_connects_off_the_machine_fails(tmp_path):
    prefix = _no_network()
    if prefix is None:
        pytest.skip("no network namespace here (unshare --net); the rule itself is tested above")
    bad = _snippet(
        tmp_path,
        f"""
        import socket
        try:
            socket.create_connection({OFF_MACHINE!r}, timeout=1)
        except OSError as e:
            print(type(e).__name__)
    """,
    )
    result = runner.run(bad, prefix=prefix)
    assert result.out == "PermissionError\n"  # refused before connect(): not ENETUNREACH
    [message] = runner.problems(result)
    assert "connect to ('192.0.2.1', 9)" in message and "loopback" in message


def test_a_snippet_whose_real_time_output_differs_fails(tmp_path):
    bad = _snippet(
        tmp_path,
        """
        import time
        start, cpu = time.perf_counter(), time.process_time()
        while time.process_time() - cpu < 0.3:  # CPU work: the virtual clock does not see it
            pass
        print(f"took {time.perf_counter() - start:.1f} s")
    """,
    )
    outputs.write(runner.run(bad))
    assert bad.with_suffix(".out").read_text() == "took 0.0 s\n"
    assert runner.problems(runner.run(bad)) == []
    [message] = runner.problems(runner.run(bad, real_time=True))
    assert "the output differs in real time" in message and "Do not update" in message


def test_a_hung_snippet_shows_what_it_printed(tmp_path):
    bad = _snippet(
        tmp_path,
        """
        import threading
        print("before the hang")
        threading.Event().wait()  # nothing ever sets it
    """,
    )
    result = runner.run(bad, timeout=3)
    [message] = runner.problems(result)
    assert "hung: it did not finish within 3 s" in message
    assert "stdout so far:\nbefore the hang\n" in message  # output is unbuffered
