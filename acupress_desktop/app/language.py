"""The app's language: Qt's and Acupress's translators, and the built-in routines' texts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from acupress_desktop.core.catalogue import Catalogue
    from acupress_desktop.core.routine import Routine

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


class CatalogueLanguage:
    """The language the catalogue's texts are in: swaps the point texts (and says what went
    wrong with a translated catalogue) and gives the built-in routines' texts to match."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        #: the English catalogue as loaded; ``catalogue`` holds the texts of the chosen language
        self.base_catalogue = replace(catalogue)
        self.code = "en"
        #: a problem with the translated catalogue ("" when none)
        self.problem = ""

    def set(self, language: str) -> str:
        """Put the catalogue's texts in ``language``; the problem, if any ("" when none)."""
        code = language_code(language)
        if code == self.code == "en":
            return ""  # the catalogue as loaded is English
        from acupress_desktop.core.localize import OverlayError, load_overlay, localize_catalogue

        problem = ""
        try:
            overlay = load_overlay(code) if code != "en" else None
        except OverlayError as exc:
            overlay = None
            problem = self.problem = str(exc)
        self.catalogue.replace_texts(localize_catalogue(self.base_catalogue, overlay))
        self.code = code
        return problem

    def localized_routines(self, routines: tuple[Routine, ...]) -> tuple[Routine, ...]:
        """The built-in routines' names and notes in the language the points are shown in."""
        from acupress_desktop.core.localize import localize_routines

        overlay = routine_overlay(self.code) if self.code != "en" else None
        return tuple(localize_routines(routines, overlay))
