"""Started by the snippet runner through PYTHONPATH: puts the snippet on a virtual clock.

Only the test runner puts this directory on PYTHONPATH (with SNIPPETS_VIRTUAL_TIME=1); a reader
who runs `python snippets/<area>/<name>.py` never loads it.
"""
import os

if os.environ.get("SNIPPETS_VIRTUAL_TIME") == "1":
    import snippet_vclock

    snippet_vclock.install()
    _trace = os.environ.pop("SNIPPETS_TRACE", None)
    if _trace:
        import snippet_trace

        snippet_trace.install(_trace)
