"""Every snippet, run as a reader runs it, against its expected files (refcheck/runner.py).

One test per `snippets/.../<name>.py` (the test id is its path); `--real-time` runs them without
the virtual clock. Expected outputs are written only by `make update-outputs`
(refcheck/outputs.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from refcheck import conventions, runner


@pytest.fixture(params=conventions.all_snippets(), ids=conventions.rel)
def snippet(request) -> Path:
    return request.param


def test_snippet(snippet: Path, request) -> None:
    reason = runner.skip_reason(snippet)
    if reason:
        pytest.skip(reason)
    result = runner.run(
        snippet,
        real_time=request.config.getoption("--real-time"),
        timeout=request.config.getoption("--snippet-timeout"),
    )
    found = runner.problems(result)
    if found:
        pytest.fail("\n".join(found), pytrace=False)
