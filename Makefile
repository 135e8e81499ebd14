# Skill Ladder: `make run` opens the app, `make test` runs lint, types and the whole test suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck pytest system-check clean i18n qm bench bench-against bench-team bundle bundle-check install-desktop uninstall-desktop wheel-check

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

# Start-up, interaction and scale figures (benchmarks/run.py compiles the bytecode first, as an
# installed application has it: PYTHONDONTWRITEBYTECODE would otherwise time the compiler).
bench: $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

# This checkout against an older commit (REV, by default the README table's), in alternating
# processes on the same machine: what `make bench` cannot tell apart from a noisy spell.
bench-against: $(STAMP) qm
	$(BIN)/python benchmarks/against.py $(REV) $(BENCH_ARGS)

# The team's PostgreSQL at an organisation's scale (issue 17): a throwaway cluster filled with
# COPY, 2,000 people x 12 shared check-ins x 300 requirements; needs the `postgresql` package.
# Not in CI (several minutes, about 2 GB in /var/tmp while it runs).
bench-team: $(STAMP)
	$(BIN)/python benchmarks/team.py $(BENCH_ARGS)

# The one-folder bundle (PyInstaller), its size printed and held to the budget.
BUNDLE := dist/skill-ladder
# 150, plus psycopg's binary wheel (issue 17: about 12 MiB) and the spreadsheet libraries
BUDGET_MIB := 165
APP_ID := io.github.skillladder.SkillLadder

bundle: $(STAMP) qm
	$(BIN)/python -m pip install --quiet --disable-pip-version-check pyinstaller==6.22.3
	rm -rf build $(BUNDLE)
	$(BIN)/pyinstaller --noconfirm --log-level ERROR --distpath dist --workpath build packaging/skill-ladder.spec
	@echo "spreadsheet libraries in the bundle (issue 16):"; \
	  du -shc $$(find $(BUNDLE) -maxdepth 3 \( -name 'python_calamine*' -o -name 'openpyxl' -o -name 'et_xmlfile' \)) 2>/dev/null || echo "  (none found)"
	@size=$$(du -sm $(BUNDLE) | cut -f1); echo "bundle size: $$size MiB (budget $(BUDGET_MIB) MiB)"; \
	  test $$size -le $(BUDGET_MIB) || { echo "bundle over budget" >&2; exit 1; }

# Checks of the built bundle and of the desktop files (CI runs them after the tests).
bundle-check:
	@data=$$(mktemp -d); \
	QT_QPA_PLATFORM=offscreen $(BUNDLE)/skill-ladder --data-dir $$data --smoke && echo "smoke (offscreen): ok" && \
	env -u QT_QPA_PLATFORM xvfb-run -a $(BUNDLE)/skill-ladder --data-dir $$data --smoke && echo "smoke (X11 under xvfb-run): ok" && \
	$(BUNDLE)/skill-ladder --data-dir $$data report mlflow ml-engineer --lang es --out $$data/x.pdf && \
	pdftotext $$data/x.pdf - | grep -q "Informe de crecimiento personal" && echo "report from the bundle: ok"; \
	status=$$?; rm -rf $$data; exit $$status
	desktop-file-validate packaging/$(APP_ID).desktop
	appstreamcli validate --no-net packaging/$(APP_ID).metainfo.xml

# The wheel and the sdist, each installed in a fresh venv outside the checkout and run from
# there (CI runs it after the tests): what `pip install .` or pipx gives a user.
wheel-check: $(STAMP)
	tools/wheel-check $(BIN)/python

# Install the bundle, its icon and menu entry for the current user (never touches your data).
PREFIX ?= $(HOME)/.local
install-desktop: $(BUNDLE)/skill-ladder
	mkdir -p $(PREFIX)/lib $(PREFIX)/bin $(PREFIX)/share/applications $(PREFIX)/share/metainfo
	rm -rf $(PREFIX)/lib/skill-ladder && cp -a $(BUNDLE) $(PREFIX)/lib/skill-ladder
	ln -sf $(PREFIX)/lib/skill-ladder/skill-ladder $(PREFIX)/bin/skill-ladder
	cp -r packaging/icons/hicolor $(PREFIX)/share/icons/ 2>/dev/null || (mkdir -p $(PREFIX)/share/icons && cp -r packaging/icons/hicolor $(PREFIX)/share/icons/)
	cp packaging/$(APP_ID).desktop $(PREFIX)/share/applications/
	cp packaging/$(APP_ID).metainfo.xml $(PREFIX)/share/metainfo/
	-update-desktop-database $(PREFIX)/share/applications 2>/dev/null
	@echo "installed: run skill-ladder, or find Skill Ladder in your menu"

uninstall-desktop:
	rm -rf $(PREFIX)/lib/skill-ladder
	rm -f $(PREFIX)/bin/skill-ladder $(PREFIX)/share/applications/$(APP_ID).desktop $(PREFIX)/share/metainfo/$(APP_ID).metainfo.xml
	find $(PREFIX)/share/icons/hicolor -name '$(APP_ID).*' -delete 2>/dev/null || true
	@echo "uninstalled (your data folder is untouched)"

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
