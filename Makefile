# eventwire: the two set-up commands are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
STAMP  := $(VENV)/.installed
DEVSTAMP := $(VENV)/.dev-installed
# The explorer page, built from web/ (npm packages pinned in web/package-lock.json) into the package.
PAGE     := src/eventwire/serve/static/index.html
CHROMIUM := /usr/bin/chromium

.PHONY: run test test-fast install dev web chromium lint typecheck pytest gate docs kb model-strings lock clean

# Code the bundled examples (among them a report of Xi Jinping's planned visit to Russia) into the embedded
# store, print the events found, and say how to explore them.
run: install web
	$(VENV)/bin/eventwire code examples/ --db eventwire.db --format table
	@echo ""
	@echo "Explore what was just coded (then open http://127.0.0.1:8000/ in a browser):"
	@echo "    $(VENV)/bin/eventwire serve --db eventwire.db"

# Set up with dev tools, the page and Chromium, then run every check: lint, types, tests (eval gate and
# browser tests included).
test: dev web chromium lint typecheck pytest

# The tests that need no spaCy model, server or dev-set scoring (seconds); a test in it loading the model fails.
test-fast: dev
	$(VENV)/bin/pytest -q --fast -n auto

$(STAMP): requirements.lock requirements-model.txt pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade "pip==26.3"
	$(PIP) install --quiet --require-hashes -r requirements.lock
	$(PIP) install --quiet --no-deps --ignore-requires-python --require-hashes -r requirements-model.txt
	$(PIP) install --quiet --no-deps --no-build-isolation -e .
	$(PY) -m eventwire.lexicons.gazetteer.stored
	touch $@

$(DEVSTAMP): $(STAMP) requirements-dev.lock
	$(PIP) install --quiet --require-hashes -r requirements-dev.lock
	touch $@

install: $(STAMP)
dev: $(DEVSTAMP)

$(PAGE): web/package.json web/package-lock.json web/build.mjs web/index.html $(wildcard web/src/*)
	cd web && npm ci --no-audit --no-fund --loglevel=error && npm run build --silent

web: $(PAGE)

# Debian's Chromium for the browser tests (Playwright drives it; it never downloads a browser of its own).
chromium:
	@test -x $(CHROMIUM) || (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium)

lint: dev
	$(VENV)/bin/ruff check src tests
	$(VENV)/bin/ruff format --check src tests

typecheck: dev
	$(VENV)/bin/mypy

pytest: dev web chromium
	$(VENV)/bin/pytest -q

docs: install
	$(PY) -m eventwire.docs_cli > docs/cli.md
	$(PY) -c "from eventwire.extract.rules import write_step_table; write_step_table('docs/extraction.md')"

# Rebuild the actor knowledge base's tables (src/eventwire/data/knowledge/) from ../shared/actors/ and own entries.
kb: install
	$(VENV)/bin/eventwire kb build

# Rebuild the model's lean string table (src/eventwire/data/model/strings.json.gz) after changing the spaCy model.
model-strings: install
	$(PY) -m eventwire.nlp.strings

# Re-pin dependencies with hashes (needs network; uv from PyPI is used only for this).
lock:
	$(PIP) install --quiet "uv==0.13.9"
	$(VENV)/bin/uv pip compile requirements.in --generate-hashes --python-version 3.11 --no-header -o requirements.lock
	$(VENV)/bin/uv pip compile requirements-dev.in --generate-hashes --python-version 3.11 --no-header -o requirements-dev.lock

clean:
	rm -rf $(VENV) eventwire.db build src/*.egg-info src/eventwire/serve/static web/node_modules
