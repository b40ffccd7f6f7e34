"""Switching the language changes every text at once, point texts included, without a restart."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from acupress_desktop.app.composition import Acupress
from acupress_desktop.app.language import install_language
from acupress_desktop.controllers.models import PointRole
from acupress_desktop.resources import data_path


@pytest.fixture()
def services(qtbot, catalogue, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The app's services on a private copy of the catalogue (the language swap changes it)."""
    from acupress_desktop.core.catalogue import load_catalogue

    built = Acupress(load_catalogue(), tmp_path)
    qtbot.addWidget(built.window)
    built.window.show()
    built.browse.state.select_point("BL23")
    yield built
    built.set_language("en")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "en")


def spanish() -> dict:  # type: ignore[type-arg]
    return json.loads(data_path("points.es.json").read_text(encoding="utf-8"))


def test_switching_to_spanish_and_back(services: Acupress) -> None:
    """Menus, tabs, the detail pane and the point texts turn Spanish, then English again."""
    window = services.window
    services.set_language("es")
    QApplication.processEvents()  # Qt posts LanguageChange to the widgets
    es = spanish()["points"]["BL23"]
    assert window.tabs.tabText(1) == "Rutinas"
    assert window.session_list.start_button.text() == "Empezar la sesión"
    assert escape(es["locate"][0]) in window.detail.text.text()
    model = window.filter_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(PointRole).id == "BL23")
    assert model.index(row, 0).data(PointRole).summary == es["summary"]
    services.set_language("en")
    QApplication.processEvents()
    assert window.tabs.tabText(1) == "Routines"
    english = services.catalogue.point("BL23")
    assert escape(english.locate[0]) in window.detail.text.text()
    assert model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole).startswith("BL23 Shenshu")


def test_codes_names_and_markers_stay_the_same(services: Acupress) -> None:
    """Translation changes words only: codes, pinyin, sides and marker positions are untouched."""
    before = {
        p.id: (p.code, p.pinyin, p.markers, p.cautions.pregnancy) for p in services.catalogue.points
    }
    services.set_language("es")
    after = {
        p.id: (p.code, p.pinyin, p.markers, p.cautions.pregnancy) for p in services.catalogue.points
    }
    assert before == after


def test_builtin_routines_follow_the_language(services: Acupress) -> None:
    """Built-in routine names turn Spanish, and the English name still finds them (shortcuts)."""
    spanish_names = json.loads(data_path("routines.es.json").read_text(encoding="utf-8"))
    lower_back = spanish_names["routines"]["lower-back"]["name"]
    services.set_language("es")
    names = [entry.routine.name for entry in services.routines.repository().list()]
    assert lower_back in names and "Lower back" not in names
    found = services.routines.repository().find_by_name("Lower back")
    assert found is not None and found.routine.name == lower_back
    services.set_language("en")
    assert services.routines.repository().find_by_name("Lower back").routine.name == "Lower back"


def test_a_spanish_user_sees_spanish_from_the_first_frame(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """With Spanish saved in the settings, the window is built in Spanish (before it is shown,
    with no English moment), built-in routines included; the saved theme is applied too."""
    from acupress_desktop.core.catalogue import load_catalogue
    from acupress_desktop.storage.settings import Settings, SettingsStore

    SettingsStore(tmp_path).save(Settings(language="es", theme="dark"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        built = Acupress(load_catalogue(), tmp_path, look=True)
        qtbot.addWidget(built.window)
        assert built.window.tabs.tabText(1) == "Rutinas"
        assert built.window.session_list.start_button.text() == "Empezar la sesión"
        assert built.catalogue.point("BL23").summary == spanish()["points"]["BL23"]["summary"]
        assert app.palette().window().color().lightness() < 80  # dark
        names = {entry.routine.name for entry in built.routines.repository().list()}
        spanish_names = {r["name"] for r in _spanish_routine_names()}
        assert "Puntos de la mano y el brazo" in names & spanish_names
    finally:
        install_language(app, "en")
        from acupress_desktop.ui.theme import apply_theme

        apply_theme(app)


def _spanish_routine_names() -> list[dict]:  # type: ignore[type-arg]
    raw = json.loads(data_path("routines.es.json").read_text(encoding="utf-8"))
    return list(raw["routines"].values())


def test_cards_say_l_and_r_again_after_spanish(services: Acupress) -> None:
    """The cards' pictures follow the language: I/D in Spanish, L/R again in English (a card
    kept the letters of the language it was first drawn in)."""
    grid = services.window.grid
    delegate = grid.itemDelegate()
    point = services.catalogue.point("LI4")
    palette = grid.palette()

    def picture() -> object:
        return delegate._thumbnail(point, palette, 1.0).toImage()

    services.set_language("en")  # the theme and text size as this app applies them, whatever an
    QApplication.processEvents()  # earlier test left in the shared application
    english = picture()
    services.set_language("es")
    QApplication.processEvents()
    assert picture() != english  # drawn again, with I and D
    services.set_language("en")
    QApplication.processEvents()
    assert picture() == english


# -- --lang: this run's language -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "language"),
    [("es", "es"), ("EN", "en"), ("system", "system"), ("es-mx", "es_MX"), ("es_ES", "es_ES")],
)
def test_lang_option_takes_the_apps_languages(given: str, language: str) -> None:
    """--lang CODE: the languages Settings offers, in any case, regional variants kept."""
    from acupress_desktop.app import parse_args

    assert parse_args(["--lang", given]).lang == language
    assert parse_args([]).lang is None  # the saved setting decides


@pytest.mark.parametrize("given", ["fr", "", "system_ES", "english"])
def test_lang_option_refuses_an_unknown_language_naming_the_ones_there_are(
    given: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown code stops with argparse's status 2 and a message listing the languages."""
    from acupress_desktop.app import parse_args

    with pytest.raises(SystemExit) as stopped:
        parse_args(["--lang", given])
    assert stopped.value.code == 2
    error = capsys.readouterr().err
    assert "--lang" in error and f"unknown language {given!r}" in error
    assert "available: en, es, system" in error


def test_lang_builds_the_window_in_that_language_and_leaves_the_setting(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Acupress(language="es") (what --lang es passes) over a saved English: Spanish window and
    point texts; the saved setting stays English, and so does the settings dialog's choice."""
    from acupress_desktop.core.catalogue import load_catalogue
    from acupress_desktop.storage.settings import Settings, SettingsStore

    SettingsStore(tmp_path).save(Settings(language="en"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        built = Acupress(load_catalogue(), tmp_path, look=True, language="es")
        qtbot.addWidget(built.window)
        assert built.window.tabs.tabText(1) == "Rutinas"
        assert built.catalogue.point("BL23").summary == spanish()["points"]["BL23"]["summary"]
        assert built.settings.current.language == "en"
        built.window.close()  # closing saves the geometry: the language is saved as it was
        assert SettingsStore(tmp_path).load().language == "en"
    finally:
        install_language(app, "en")
        from acupress_desktop.ui.theme import apply_theme

        apply_theme(app)
