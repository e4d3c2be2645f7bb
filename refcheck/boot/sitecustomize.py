"""Loaded before a snippet's first line, because the runner puts this folder on PYTHONPATH.

It installs the sandbox (refcheck/sandbox.py) and, when SNIPPETS_VIRTUAL_TIME=1, the virtual
clock (refcheck/clock.py) and, when SNIPPETS_TRACE names a file, the tracer (refcheck/tracer.py).
A reader who runs `python snippets/<section>/<page>/<name>.py` never loads it.
"""

import os

if os.environ.get("SNIPPETS_SANDBOX"):
    _trace = os.environ.pop("SNIPPETS_TRACE", None)
    _report = os.environ.get("SNIPPETS_VCLOCK_REPORT")
    if os.environ.get("SNIPPETS_VIRTUAL_TIME") == "1":
        from refcheck import clock

        clock.install()
        if _trace:
            from refcheck import tracer

            tracer.install(_trace)
    from refcheck import sandbox

    sandbox.install([_trace, _report])
