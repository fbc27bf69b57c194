# Two entry points for a fresh machine with nothing but Python 3.11+:
#   make build   set up .venv and run `pledgegraph build` on the bundled sample corpus
#   make test    set up .venv (with test extras) and run the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: build test setup setup-test clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

setup: $(BIN)/activate
	$(BIN)/pip install --quiet -e .

setup-test: $(BIN)/activate
	$(BIN)/pip install --quiet -e ".[test]"

build: setup
	$(BIN)/pledgegraph build

test: setup-test
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
