# Setup and everyday commands. Everything installs from requirements.lock (exact versions, hashes).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install browser demo test lint gate bench lock clean screenshots

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: install
	$(BIN)/faultlines demo --output demo-output.jsonl
	$(BIN)/faultlines run src/faultlines/demo/articles.jsonl --db demo.duckdb --workers 1
	@echo "Browse it: $(BIN)/faultlines serve --db demo.duckdb  (then open http://127.0.0.1:8000/)"

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

test: lint browser
	$(BIN)/pytest

# The browser tests drive Debian's Chromium through Playwright (never a browser download of its own).
# Installed when missing and we are root; otherwise those tests skip and say why.
browser:
	@command -v chromium >/dev/null || [ "$$(id -u)" != 0 ] || ! command -v apt-get >/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || \
	  echo "make: chromium could not be installed; the browser tests will skip" >&2

# Refresh the README's screenshots (docs/screenshots/) from the browser tests.
screenshots: install browser
	FAULTLINES_SCREENSHOTS=1 $(BIN)/pytest tests/web/test_browser.py -q

gate: install
	$(BIN)/pytest tests/test_quality_gate.py -q -rA -s | grep -E "floor|passed|failed"

bench: install
	$(BIN)/faultlines bench

# Re-resolve the lock after changing dependencies in pyproject.toml (needs the network to PyPI).
lock:
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --no-emit-index-url --generate-hashes --allow-unsafe --extra dev --extra build --extra ray --strip-extras -o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
