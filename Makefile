# mailguard — developer and operator entry points. Every target sets up .venv itself.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DATA_DIR ?= var
STAMP := $(VENV)/.installed

.PHONY: run test bench lint setup system-deps clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

## system packages the tests drive (postfix, chromium, promtool, spamassassin); idempotent
system-deps:
	bash scripts/install-system-deps.sh

## run the whole service on embedded defaults (SQLite, a local demo downstream)
run: setup
	$(BIN)/scanner --data-dir $(DATA_DIR) run

test: setup system-deps
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python -m bench

lint: setup
	$(BIN)/ruff check scanner review_queue tests bench
	$(BIN)/ruff format --check scanner review_queue tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
