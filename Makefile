# One command each: install, run, test, lint, format, bench. The same locally and in CI.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run demo test test-browser test-all lint format bench clean lock

# Exactly the versions in the lock (checked against its hashes), then Moot itself without
# resolving anything again. requirements/prod.lock is the same for deployments, without the
# development tools (docs/deploying.md).
$(BIN)/moot: pyproject.toml requirements/dev.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes -r requirements/dev.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(BIN)/moot

install: $(BIN)/moot

# Rewrites both lock files from pyproject.toml, keeping each pin that still fits. Pass
# LOCK_FLAGS=--upgrade to move everything to the newest allowed, or
# LOCK_FLAGS='--upgrade-package NAME' for one package. Then `make install`.
LOCK := $(BIN)/uv pip compile pyproject.toml --quiet --generate-hashes --python-version 3.11 \
	--python-platform linux --custom-compile-command 'make lock' $(LOCK_FLAGS)
lock: install
	$(LOCK) --extra dev -o requirements/dev.lock
	$(LOCK) --constraint requirements/dev.lock -o requirements/prod.lock

run: install
	$(BIN)/moot demo --addr $(HOST):$(PORT)

test: install
	$(BIN)/pytest -m "not browser" -n auto -q

test-browser: install
	$(BIN)/pytest -m browser -q

test-all: test test-browser

lint: install
	$(BIN)/ruff check moot tests bench
	$(BIN)/ruff format --check moot tests bench
	$(BIN)/mypy

format: install
	$(BIN)/ruff check --fix moot tests bench
	$(BIN)/ruff format moot tests bench

bench: install
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) var .pytest_cache
