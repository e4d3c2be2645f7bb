"""Options of the snippet tests: --real-time, --snippet-timeout, --only PATH (repeatable)."""

from refcheck import conventions


def pytest_addoption(parser):
    group = parser.getgroup("snippets")
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
    group.addoption(
        "--only",
        action="append",
        default=[],
        metavar="PATH",
        help="run only the snippets under this path, e.g. --only snippets/basics/tasks (repeatable)",
    )


def pytest_collection_modifyitems(config, items):
    prefixes = config.getoption("--only")
    if not prefixes:
        return
    keep, drop = [], []
    for item in items:
        spec = getattr(item, "callspec", None)
        path = spec.id if spec and item.originalname == "test_snippet" else None
        if path is not None and any(conventions.under(path, p) for p in prefixes):
            keep.append(item)
        else:
            drop.append(item)
    config.hook.pytest_deselected(items=drop)
    items[:] = keep
