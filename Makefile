# Two commands for a newcomer: `make serve` and `make test`.
# Each sets itself up on a fresh machine: a .venv from the pinned requirements,
# and (for the browser tests) Debian's chromium.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Material for MkDocs prints a banner about MkDocs 2.0 on every run; it is
# noise for the writing group, so it is switched off here.
export NO_MKDOCS_2_WARNING := true
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: serve build test test-fast check chromium clean import-training sample-data bench new-case-study names-list new-partnership training-due

# Where make serve listens; HOST=0.0.0.0 inside a container reached through published ports.
HOST ?= 127.0.0.1
PORT ?= 8000

# A failed recipe ends make quietly, so the writer's last line is the build's own summary ("3 errors:
# the site was not built...") and not make's "make: *** [Makefile:N: build] Error 1". SIGPIPE is a
# signal make does not catch and shells do not report; the exit status stays non-zero (141), so
# scripts and CI still stop.
STOP_QUIETLY = { kill -PIPE $$PPID; exit 1; }

# check-config first: MkDocs reads mkdocs.yml and partnership.yml before any check of ours can run,
# and a slip in them would otherwise get the YAML parser's message, not a line to fix.
serve: $(VENV)/.build-deps
	@$(BIN)/python -m earlyhelp check-config && $(BIN)/mkdocs serve --dev-addr $(HOST):$(PORT) --livereload \
		|| $(STOP_QUIETLY)

build: $(VENV)/.build-deps
	@$(BIN)/python -m earlyhelp check-config && $(BIN)/mkdocs build --strict || $(STOP_QUIETLY)

test: $(VENV)/.test-deps chromium
	$(BIN)/python -m pytest

# Unit and build tests only (no browser): quicker while editing.
test-fast: $(VENV)/.test-deps
	$(BIN)/python -m pytest tests/unit tests/build

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# requirements.txt installs the generator from this folder (-e .); pyproject.toml names its plugin.
$(VENV)/.build-deps: requirements.txt pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.test-deps: requirements-test.txt $(VENV)/.build-deps
	$(BIN)/python -m pip install --quiet -r requirements-test.txt
	touch $@

# The browser tests use Debian's chromium; Playwright never downloads a browser here.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

clean:
	rm -rf site .pytest_cache

# Every check, without building the site (python -m earlyhelp check).
check: $(VENV)/.build-deps  # ends quietly on failure, as build does
	@$(BIN)/python -m earlyhelp check || $(STOP_QUIETLY)

# Training records: the synthetic sample (shaped by training/sample.yml) and the importer.
# make passes FILE, MAP and the other values in the environment, never through the shell.
sample-data: $(VENV)/.build-deps
	$(BIN)/python -m earlyhelp sample-data

import-training: $(VENV)/.build-deps
	$(BIN)/python -m earlyhelp import-training --from-make

# Who is due or overdue for a refresher, from the records, to the terminal or a CSV outside docs/
# and site/: make training-due [WITHIN=3] [OUT=/secure/share/due.csv] (WITHIN in months; the values
# are read from the environment, never by the shell)
training-due: $(VENV)/.build-deps
	$(BIN)/python -m earlyhelp training-due --from-make

# The anonymisation gate's name and place lists, generated from the datasets in requirements-names.txt.
names-list: $(VENV)/.names-deps
	$(BIN)/python -m earlyhelp names-list

$(VENV)/.names-deps: requirements-names.txt $(VENV)/.build-deps
	$(BIN)/python -m pip install --quiet -r requirements-names.txt
	touch $@

# A new partnership's site from the starter: make new-partnership DIR=../knowsley-early-help NAME=Knowsley
# (DIR and NAME are read from the environment, never by the shell).
new-partnership: $(VENV)/.build-deps
	$(BIN)/python -m earlyhelp new-partnership --from-make

# Benchmarks print figures for README; they are never timed tests.
.PHONY: bench-build bench-records bench-anonymise bench-site valgrind
bench: bench-build bench-records bench-anonymise bench-site

bench-build: $(VENV)/.build-deps
	$(BIN)/python bench/build_bench.py

bench-anonymise: $(VENV)/.build-deps
	$(BIN)/python bench/bench_anonymise.py

bench-records: $(VENV)/.bench-deps
	$(BIN)/python bench/bench_records.py

$(VENV)/.bench-deps: requirements-bench.txt $(VENV)/.build-deps
	$(BIN)/python -m pip install --quiet -r requirements-bench.txt
	touch $@

# Site benchmarks (issue 6): build time with and without hooks, and Lighthouse against a bare site.
bench-site: $(VENV)/.test-deps chromium valgrind bench/node_modules/.installed
	$(BIN)/python bench/site_bench.py

# The site bench counts each build's instructions with Debian's valgrind (the same count every run).
valgrind:
	@command -v valgrind >/dev/null 2>&1 || { \
	  echo "Installing Debian's valgrind for the build benchmark"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null; }

bench/node_modules/.installed: bench/package.json bench/package-lock.json
	cd bench && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Start a new case study from the template: make new-case-study NAME=short-name-with-dashes
new-case-study: $(VENV)/.build-deps
	@$(BIN)/python -m earlyhelp new-case-study --from-make || $(STOP_QUIETLY)
