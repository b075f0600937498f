# Two commands set everything up on a fresh machine:
#   make dataset   install quotetrack in .venv and build data/dataset from data/articles
#   make test      install the test tools too and run the tests
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
ARTICLES ?= data/articles
DATASET ?= data/dataset
POLNEAR ?= ../shared/polnear

.PHONY: dataset test lint eval bench bench-dedup clean install install-dev

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# reinstall when the package metadata changes
$(VENV)/.installed: setup.cfg pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: setup.cfg pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,dask]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

dataset: install
	$(BIN)/quotetrack build $(ARTICLES) --out $(DATASET)

test: install-dev
	$(BIN)/python -m pytest

lint: install-dev
	$(BIN)/ruff check quotetrack tests bench
	$(BIN)/mypy quotetrack

# quote clustering on synthetic mention tables of 25k-200k rows: time, memory, precision, recall
bench-dedup: install
	$(BIN)/python -m bench.dedup

clean:
	rm -rf $(DATASET) data/.dataset* data/cache .pytest_cache .ruff_cache .hypothesis build dist *.egg-info
	find . -name __pycache__ -type d -prune -not -path './$(VENV)/*' -exec rm -rf {} +

eval: install
	$(BIN)/quotetrack eval --polnear $(POLNEAR) --split dev

# start-up of --help and shell completion (seconds); speed and memory: quotetrack vs textacy,
# --jobs 2, cached rebuild, 1k vs 10k articles
bench: install-dev
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/throughput.py --polnear $(POLNEAR)
