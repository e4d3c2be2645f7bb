import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))


def pytest_addoption(parser):
    group = parser.getgroup("snippets")
    group.addoption(
        "--update-outputs",
        action="store_true",
        help="write each snippet's expected stdout/stderr instead of comparing (make update-outputs)",
    )
    group.addoption(
        "--real-time",
        action="store_true",
        help="run the snippets without the virtual clock, as a reader does (make test-realtime)",
    )
    group.addoption(
        "--snippet-timeout",
        type=float,
        default=None,
        help="seconds of real time before a snippet counts as hung (default 30; 90 in real time)",
    )
