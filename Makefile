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

.PHONY: serve build test chromium clean import-training sample-data bench new-case-study

serve: $(VENV)/.build-deps
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

build: $(VENV)/.build-deps
	$(BIN)/mkdocs build --strict

test: $(VENV)/.test-deps chromium
	$(BIN)/python -m pytest

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.build-deps: requirements.txt | $(VENV)/bin/python
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
