"""Loaded before a snippet's first line, because the runner puts this folder on PYTHONPATH.

It gives SIGINT its default handler if the test run inherited it ignored, installs the sandbox
(refcheck/sandbox.py) and, when SNIPPETS_VIRTUAL_TIME=1, the virtual
clock (refcheck/clock.py) and, when SNIPPETS_TRACE names a file, the tracer (refcheck/tracer.py).
A reader who runs `python snippets/<section>/<page>/<name>.py` never loads it.
"""

import os

if os.environ.get("SNIPPETS_SANDBOX"):
    import signal

    # A reader's terminal delivers Ctrl+C. A test run started in the background (`cmd &`, nohup)
    # inherits SIGINT ignored, and Python then installs no KeyboardInterrupt handler, nor does
    # asyncio.run(): give the snippet the disposition a reader's run has.
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
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
