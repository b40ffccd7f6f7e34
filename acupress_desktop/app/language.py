"""The app's language: Qt's and Acupress's translators, and the built-in routines' texts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

I18N = Path(__file__).resolve().parent.parent / "i18n"

_translators: list[QTranslator] = []


def install_language(app: QApplication, language: str) -> bool:
    """Use ``language`` ("system", "en", "es") for Qt's texts and Acupress's own; every widget
    gets a LanguageChange event and retranslates. True when Acupress's translation was found."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    locale = QLocale() if language == "system" else QLocale(language)
    QLocale.setDefault(locale)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _translators.append(qt)
    own = QTranslator(app)
    if own.load(locale, "acupress", "_", str(I18N)):
        app.installTranslator(own)
        _translators.append(own)
        return True
    return False


def routine_overlay(code: str) -> dict[str, object] | None:
    """The translated names and notes of the built-in routines, or None (English, or damaged)."""
    from acupress_desktop.core.localize import OverlayError, load_routine_overlay

    try:
        return load_routine_overlay(code)
    except OverlayError:
        return None


def language_code(language: str) -> str:
    """ "es", "en", or for "system" the system's ("es_ES"); English needs no overlay."""
    code = QLocale().name() if language == "system" else language
    return "en" if code in ("C", "POSIX") or code.startswith("en") else code
