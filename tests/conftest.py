"""Shared fixtures: user data always isolated in a temporary folder, the real catalogue loaded once.

Nothing here imports Qt at module level: ``tests/core`` and ``tests/storage`` also run in a venv
without PySide6 or pytest-qt (``make test-headless``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from acupress_desktop.compat import guard_none_refcount

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
guard_none_refcount()

#: pytest-qt's ini keys (pytestqt/plugin.py), declared here only when pytest-qt is absent.
PYTEST_QT_INI = {
    "qt_api": "string",
    "qt_no_exception_capture": "string",
    "qt_default_raising": "string",
    "qt_qapp_name": "string",
    "qt_log_level_fail": "string",
    "qt_log_ignore": "linelist",
}


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    """Without pytest-qt (the headless job), pyproject's ``qt_*`` keys would be unknown and
    ``--strict-config`` would refuse to start; declaring pytest-qt's own keys keeps the check
    for every other key (a misspelt ``qt_*`` one too)."""
    if pluginmanager.has_plugin("pytest-qt"):
        return
    for name, kind in PYTEST_QT_INI.items():
        parser.addini(name, "pytest-qt is not installed: unused", type=kind)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """No test may touch the real home: HOME and XDG folders point into a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    return home


@pytest.fixture(scope="session")
def catalogue():  # type: ignore[no-untyped-def]
    """The packaged catalogue, loaded and validated once per test run."""
    from acupress_desktop.core.catalogue import load_catalogue

    return load_catalogue()


@pytest.fixture()
def spanish_translator(qapp):  # type: ignore[no-untyped-def]
    """The Spanish .qm installed for one test, removed afterwards."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    qm = Path(__file__).resolve().parents[1] / "acupress_desktop" / "i18n" / "acupress_es.qm"
    translator = QTranslator()
    assert translator.load(str(qm)), f"cannot load {qm}"
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _added_widgets_live_until_teardown(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """A widget given to ``qtbot.addWidget`` lives until the test's teardown has closed it, as a
    window does in the app: a test's local page would otherwise be destroyed the moment the test
    function returns, with its dialogs still open (a crash in Qt's next events), while pytest-qt
    still processes events for it."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    qtbot = request.getfixturevalue("qtbot")
    kept: list[object] = []
    add = qtbot.addWidget

    def add_and_keep(widget, *args, **kwargs):  # type: ignore[no-untyped-def]
        kept.append(widget)
        return add(widget, *args, **kwargs)

    qtbot.addWidget = add_and_keep
    yield
    kept.clear()
