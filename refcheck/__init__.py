"""refcheck: runs every snippet of the reference and checks every page against what it printed.

Where things are:

    versions.py       the supported Pythons, and the one parser of "Python 3.12+" / "3.11–3.13"
    conventions.py    what a snippet is: snippets/<section>/<page>/<name>.py and its expected
                      files (.out, .err, .timeline, .py314.out …), its minimum Python
    sandbox.py        the environment of a snippet run and its walls (loopback only, writes only
                      in its own temporary directory)
    clock.py          the virtual clock a snippet runs on in the tests
    tracer.py         the recorder of what each task did and when (the .timeline files)
    boot/             sitecustomize.py: loads the sandbox, the clock and the tracer into a snippet
    runner.py         runs one snippet and says how the run differs from its expected files
    outputs.py        the only writer of expected files: python -m refcheck update PATH
    timeline.py       draws a .timeline as the SVG figure on the page
    pages.py          reads the Markdown pages: fences, includes, anchors, headings
    mkdocs_hooks.py   the build's hooks: version badges, timeline figures, site URLs
    site.py           builds and serves both languages (make build, make serve)
    localsite.py      the built site on 127.0.0.1 as GitHub Pages serves it, and Chromium's flags
    pythons.py        gets every supported interpreter and runs a make target on each
    search_queries.py the queries readers type, and the page each must find

The tests in tests/ are thin: each asks one of these modules and reports what it says.

    test_snippets.py  every snippet against its expected files (runner.py), on the virtual clock,
                      or in real time with --real-time
    test_docs.py      the pages: both languages alike, includes, outputs after code, snippets on
                      their own page, signatures against inspect.signature on this Python
    test_sandbox.py   the sandbox's walls and the real-time check, with bad snippets
    test_vclock.py    the clock itself, on programs in tests/clock_cases/
    test_site.py      the built site: every page, links, edit links, no third-party hosts, search
                      index, outputs as the files, timelines; a page in no navigation fails the build
    test_workflows.py the GitHub workflow: actionlint, zizmor, the matrix is versions.SUPPORTED
    browser/          the built site in Chromium: search, language switch, 404, axe-core, screenshots
"""
