# Skill Ladder: `make run` opens the app, `make test` runs lint, types and the whole test suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck pytest system-check clean

# (Re)create the virtual environment when pyproject.toml changes.
$(STAMP): pyproject.toml
	@tools/check-python "$(PYTHON)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

system-check:
	@tools/check-system-libs

run: $(STAMP)
	@tools/check-system-libs --window
	$(BIN)/skill-ladder

lint: $(STAMP)
	$(BIN)/ruff check desktop tests benchmarks tools
	$(BIN)/ruff format --check desktop tests benchmarks tools

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) system-check
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint typecheck pytest

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
