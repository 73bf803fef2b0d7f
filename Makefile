# parley: the two set-up commands are `make demo` and `make test`.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
EXAMPLE ?= examples/sahel-negociations-fr.txt

.PHONY: demo test install dev clean eval-docs bench

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "parley needs $(PYTHON) on PATH (set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.dev-installed: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $@

install: $(VENV)/.installed

dev: $(VENV)/.dev-installed

demo: install
	$(BIN)/parley read $(EXAMPLE) --db $(VENV)/demo.duckdb --store

test: dev
	$(BIN)/python -m pytest -q

eval-docs: install
	$(BIN)/python -m parley.evaluate_docs

bench: install
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) build *.egg-info
