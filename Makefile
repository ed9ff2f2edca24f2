# Two commands for a fresh machine: `make demo` and `make test`. Both bootstrap .venv.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export KERAS_BACKEND := jax
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: demo test test-fast lint weights bench train docs clean

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required, found " + sys.version.split()[0]'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e ".[server,dev,ray]"
	touch $(STAMP)

weights: $(STAMP)
	$(PY) -m mock_server.weights

demo: weights
	$(PY) examples/demo.py

test: weights
	$(PY) -m pytest -q

# No model loading and no server: the SDK, privacy, sealing, the mock, parsers (under 60 s).
test-fast: $(STAMP)
	$(PY) -m pytest -q -m "not slow and not integration and not models"

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy --strict maas_client

train: $(STAMP)
	$(PY) -m mock_server.training

bench: weights
	$(PY) -m pip install -q -c constraints.txt -e ".[server,dev,ray,bench]"
	$(PY) benchmarks/_results.py --note "$(BENCH_NOTE)"

docs: $(STAMP)
	$(PY) -m pip install -q -c constraints.txt -e ".[server,dev,ray,docs]"
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache site
