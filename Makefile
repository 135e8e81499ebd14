# Skill Ladder: `make run` opens the app, `make test` runs lint, types and the whole test suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck pytest system-check clean i18n qm bench

SOURCES := $(shell find desktop/skill_ladder -name '*.py' | sort)
TS := i18n/skill_ladder_es.ts i18n/skill_ladder_en.ts
QM_DIR := desktop/skill_ladder/translations
QM := $(patsubst i18n/%.ts,$(QM_DIR)/%.qm,$(TS))

# (Re)create the virtual environment when pyproject.toml changes.
$(STAMP): pyproject.toml
	@tools/check-python "$(PYTHON)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

# Compiled translations (.qm), from the .ts sources, into the package.
$(QM_DIR)/%.qm: i18n/%.ts $(STAMP)
	@mkdir -p $(QM_DIR)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

qm: $(QM)

# Regenerate the .ts sources from the code (keeps translations; drops vanished strings).
i18n: $(STAMP)
	@$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none -source-language en \
	  -target-language es $(SOURCES) -ts i18n/skill_ladder_es.ts
	@$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none -source-language en \
	  -target-language en -pluralonly $(SOURCES) -ts i18n/skill_ladder_en.ts

system-check:
	@tools/check-system-libs

run: $(STAMP) qm
	@tools/check-system-libs --window
	$(BIN)/skill-ladder

lint: $(STAMP)
	$(BIN)/ruff check desktop tests benchmarks tools
	$(BIN)/ruff format --check desktop tests benchmarks tools

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) qm system-check
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint typecheck pytest

bench: $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
