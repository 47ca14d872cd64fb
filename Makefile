# One command each: install, run, test, lint, format, bench. The same locally and in CI.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run demo test test-browser test-all lint format bench clean

$(BIN)/moot: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(BIN)/moot

install: $(BIN)/moot

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
