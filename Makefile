# mailguard — developer and operator entry points. Every target sets up .venv itself.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DATA_DIR ?= var
STAMP := $(VENV)/.installed

.PHONY: run test bench lint setup system-deps clean bench-peers

## the compiled word pass lives in the source tree, so a fresh clone beside an existing
## .venv has a stamp but no module: build it again then
setup: $(STAMP)
	@ls scanner/tos/_words*.so >/dev/null 2>&1 || $(BIN)/python -m pip install --quiet --no-deps -e .

$(STAMP): pyproject.toml setup.py constraints.txt scanner/tos/_words.c
	PYTHON=$(PYTHON) bash scripts/make-venv.sh $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

## system packages the tests drive (postfix, chromium, promtool, spamassassin); idempotent
system-deps:
	bash scripts/install-system-deps.sh

## run the whole service on embedded defaults (SQLite, a local demo downstream)
run: setup
	$(BIN)/scanner --data-dir $(DATA_DIR) run

## send a newsletter, a donor receipt, a case note and a phishing mail through `make run`
.PHONY: demo
demo: setup
	$(BIN)/python scripts/demo.py $(DEMO_PROXY)

## TEST_WORKERS: pytest-xdist processes (auto: one per core; 0 runs the suite in this process)
TEST_WORKERS ?= auto
test: setup system-deps
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist worksteal

## the property tests (hypothesis) with new random examples on each run, to look for
## failing cases; make test draws the same examples every time
.PHONY: explore
explore: setup
	HYPOTHESIS_PROFILE=explore $(BIN)/python -m pytest -q -n $(TEST_WORKERS) \
		$(shell grep -rl "^from hypothesis import" tests)

bench: setup
	$(BIN)/python -m bench

## bounded soak through the real proxy -> bench/results/soak.{json,md}; exits 1 if mail was lost
## SOAK_SECONDS (default 600) SOAK_RATE (messages/s, default 5) SOAK_SAMPLE_SECONDS
.PHONY: soak
soak: setup
	$(BIN)/python -m bench.soak

## pip-audit of constraints.txt; says NOT AUDITED when its database is unreachable
## (AUDIT_STRICT=1 makes that fatal)
.PHONY: audit
audit: setup
	$(BIN)/python scripts/audit.py

## our scan vs rspamd and SpamAssassin on the same messages -> docs/performance.md (~10 min);
## installs rspamd/spamassassin/spamc if missing (root). BENCH_PEERS_ARGS="--limit 200" = quick
bench-peers: setup
	bash scripts/install-bench-deps.sh
	$(BIN)/python -m bench.peers $(BENCH_PEERS_ARGS)

## sensitive-data precision/recall vs stock Presidio on tests/data/sensitive -> docs/eval-sensitive.md
.PHONY: eval-sensitive
eval-sensitive: setup
	$(BIN)/python -m scanner.detectors.evaluate

## ToS classifier: settings chosen on time blocks of the training groups (~5 min)
## -> docs/eval-tos-validation.md; then the held-out groups beside SpamAssassin
## (spamd -L, ~4 min) -> docs/eval-tos.md and models/tos/MODEL_CARD.md
.PHONY: eval
eval: setup system-deps
	$(BIN)/scanner eval --validation --out docs/eval-tos-validation.md
	$(BIN)/scanner eval --spamassassin --out docs/eval-tos.md --model-card models/tos/MODEL_CARD.md

lint: setup
	$(BIN)/ruff check scanner review_queue tests bench
	$(BIN)/ruff format --check scanner review_queue tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
