# Setup and everyday commands. Everything installs from requirements.lock (exact versions, hashes).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint gate bench lock clean

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

test: lint
	$(BIN)/pytest

gate: install
	$(BIN)/pytest tests/test_quality_gate.py -q -rA -s | grep -E "floor|passed|failed"

bench: install
	$(BIN)/faultlines bench

# Re-resolve the lock after changing dependencies in pyproject.toml (needs the network to PyPI).
lock:
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --no-emit-index-url --generate-hashes --allow-unsafe --extra dev --extra build --strip-extras -o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
