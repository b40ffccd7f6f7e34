"""Messages made in core/ and storage/ reach the user in the user's language (core.text.translate).

These layers cannot use Qt; the app hands them QCoreApplication.translate at start-up. With the
Spanish translation installed, a refused routine file, a damaged settings or data file, a data file
from a newer Acupress and a routine without a name are explained in Spanish, placeholders filled.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from acupress_desktop.app.language import install_language
from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.routine import Routine, RoutineError, RoutineStep
from acupress_desktop.core.text import set_translator
from acupress_desktop.storage import database
from acupress_desktop.storage.database import Database
from acupress_desktop.storage.db_errors import DatabaseTooNewError, DatabaseWriteError
from acupress_desktop.storage.db_files import DB_NAME
from acupress_desktop.storage.migrations import SCHEMA_VERSION
from acupress_desktop.storage.routines import RoutineNameError, RoutineRepository, check_name
from acupress_desktop.storage.settings import SettingsStore
from acupress_desktop.storage.transfer import (
    ExportError,
    export_routines,
    parse_import,
    read_import,
)
from acupress_desktop.storage.transfer_format import FILE_SUFFIX, ImportRefused

MORNING = Routine("Mañana tranquila", (RoutineStep("LI4", 60), RoutineStep("ST36", 90, "left")))


@pytest.fixture()
def spanish(qapp: QApplication) -> Iterator[None]:
    """Spanish installed in Qt and Qt's translate handed to core/ and storage/, as the app does."""
    set_translator(QCoreApplication.translate)
    try:
        assert install_language(qapp, "es"), "the Spanish .qm was not found"
        yield
    finally:
        install_language(qapp, "en")
        set_translator(None)


def _unfilled(message: str) -> bool:
    return any(f"%{number}" in message for number in range(1, 10))


# -- routine files ---------------------------------------------------------------------------------


@pytest.mark.usefixtures("spanish")
def test_a_file_that_is_not_utf8_is_refused_in_spanish(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    """The whole-file refusal names the file, the byte and says nothing changed, in Spanish."""
    path = tmp_path / f"compartida{FILE_SUFFIX}"
    path.write_bytes(b"\xff-not-json")
    with pytest.raises(ImportRefused) as caught:
        read_import(path, catalogue)
    message = caught.value.message_for(path)
    assert message == (
        "No se ha importado «compartida.acupress.json». El archivo no es texto UTF-8 (byte 0xff "
        "en la posición 0), así que no es un archivo de rutinas de Acupress. "
        "Sus rutinas no han cambiado."
    )
    assert not _unfilled(message)


@pytest.mark.usefixtures("spanish")
def test_a_bad_field_is_refused_in_spanish_with_its_path_and_routine(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    """A value out of range is named by its field path, its routine and the allowed range."""
    raw = json.loads(export_routines([MORNING]))
    raw["routines"][0]["steps"][1]["seconds"] = 0
    path = tmp_path / f"espalda{FILE_SUFFIX}"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ImportRefused) as caught:
        read_import(path, catalogue)
    assert str(caught.value) == "routines[1].steps[2].seconds: 0 no está entre 5 y 600."
    assert caught.value.message_for(path) == (
        "No se ha importado «espalda.acupress.json» (en la rutina «Mañana tranquila»): "
        "routines[1].steps[2].seconds: 0 no está entre 5 y 600. Sus rutinas no han cambiado."
    )


@pytest.mark.usefixtures("spanish")
def test_wrong_json_types_and_missing_fields_are_described_in_spanish(catalogue: Catalogue) -> None:
    """The pieces of a refusal ("a list", "the number 5") are Spanish too."""
    with pytest.raises(ImportRefused) as caught:
        parse_import(b'{"format": "acupress-routines", "version": [1]}', catalogue)
    assert (
        str(caught.value) == "version: se esperaba un número entero y se ha encontrado una lista."
    )
    with pytest.raises(ImportRefused) as missing:
        parse_import(b'{"format": "acupress-routines", "version": 1}', catalogue)
    assert str(missing.value) == "routines: falta este campo."


@pytest.mark.usefixtures("spanish")
def test_nothing_to_export_is_said_in_spanish() -> None:
    with pytest.raises(ExportError, match="^No hay rutinas que exportar; no se ha escrito nada.$"):
        export_routines([])


# -- settings ------------------------------------------------------------------------------------


@pytest.mark.usefixtures("spanish")
def test_damaged_settings_are_reported_in_spanish(tmp_path: Path) -> None:
    """The reset notice names the kept copy and the problem in Spanish."""
    (tmp_path / "settings.json").write_text('{"custom_breathing": "slow"}', encoding="utf-8")
    store = SettingsStore(tmp_path)
    store.load()
    assert store.problem == (
        "No se ha podido usar el archivo de ajustes («custom_breathing» debería ser una lista de "
        "4 números); se ha guardado aparte como settings.damaged-1.json y se usan los ajustes "
        "predeterminados."
    )


def test_settings_problem_follows_the_language_installed_after_loading(
    qapp: QApplication, tmp_path: Path
) -> None:
    """The app reads the settings before it knows the language; the notice is shown afterwards,
    so it is made when read: loaded in English, shown in Spanish."""
    (tmp_path / "settings.json").write_text("{ broken", encoding="utf-8")
    store = SettingsStore(tmp_path)
    store.load()
    assert store.problem is not None and store.problem.startswith(
        "The settings file could not be used"
    )
    set_translator(QCoreApplication.translate)
    try:
        assert install_language(qapp, "es")
        problem = store.problem
        assert problem.startswith("No se ha podido usar el archivo de ajustes (no es JSON válido)")
        assert "settings.damaged-1.json" in problem and not _unfilled(problem)
    finally:
        install_language(qapp, "en")
        set_translator(None)


# -- the data file -------------------------------------------------------------------------------


@pytest.mark.usefixtures("spanish")
def test_data_file_from_a_newer_acupress_is_refused_in_spanish(tmp_path: Path) -> None:
    """The refusal names the file and both versions."""
    with contextlib.closing(sqlite3.connect(tmp_path / DB_NAME)) as conn:
        conn.execute("CREATE TABLE future (x)")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.commit()
    with pytest.raises(DatabaseTooNewError) as caught:
        Database.open(tmp_path)
    message = str(caught.value)
    assert message.startswith(
        f"El archivo de datos «{tmp_path / DB_NAME}» se guardó con una versión más reciente de "
        f"Acupress (versión de datos {SCHEMA_VERSION + 1}; esta versión entiende hasta la "
        f"{SCHEMA_VERSION})."
    )
    assert "No se ha tocado." in message and not _unfilled(message)


@pytest.mark.usefixtures("spanish")
def test_damaged_data_file_is_reported_in_spanish(tmp_path: Path) -> None:
    """The notice says why the file is damaged, where it was kept and that there is no backup."""
    (tmp_path / DB_NAME).write_bytes(b"Shopping list: rice, tea\n" * 50)
    db, report = Database.open(tmp_path, now=lambda: datetime(2026, 5, 9, 8, 30, tzinfo=UTC))
    db.close()
    assert report.moved_aside is not None
    assert report.problem == (
        "No se han podido leer sus rutinas guardadas ni su historial porque el archivo de datos "
        f"está dañado (no es una base de datos SQLite). Se ha guardado aparte como "
        f"«{report.moved_aside.name}» en «{tmp_path}» y se ha empezado un archivo de datos nuevo "
        "y vacío. No hay ninguna copia de seguridad automática que restaurar."
    )


def test_read_only_reason_follows_a_language_switch(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only data folder is explained at every save in the language in use then."""
    monkeypatch.setattr(database.os, "access", lambda path, mode: False)  # root ignores chmod
    db, report = Database.open(tmp_path)
    try:
        assert "because the folder is read-only" in report.problem
        set_translator(QCoreApplication.translate)
        try:
            assert install_language(qapp, "es")
            with pytest.raises(DatabaseWriteError) as caught, db.transaction():
                pass
        finally:
            install_language(qapp, "en")
            set_translator(None)
        assert str(caught.value).startswith(
            f"Acupress no puede guardar en la carpeta de datos «{tmp_path}» porque la carpeta es "
            "de solo lectura."
        )
    finally:
        db.close()


# -- routines ------------------------------------------------------------------------------------


@pytest.mark.usefixtures("spanish")
def test_routine_without_a_name_or_points_is_refused_in_spanish() -> None:
    """What the routine editor shows under the name field."""
    with pytest.raises(RoutineNameError, match="^Una rutina necesita un nombre.$"):
        check_name("   ", [])
    with pytest.raises(RoutineNameError, match="^Ya existe una rutina llamada «tarde».$"):
        check_name("tarde", ["Tarde"])
    with pytest.raises(RoutineError, match="^una rutina necesita al menos un punto$"):
        Routine("Tarde", ()).validate()
    with pytest.raises(RoutineError, match="^rounds debe ser un número entero de 1 a 10$"):
        Routine("Tarde", (RoutineStep("LI4", 60),), rounds=0).validate()


@pytest.mark.usefixtures("spanish")
def test_copies_and_built_ins_speak_spanish(tmp_path: Path, catalogue: Catalogue) -> None:
    """A copy is named "(copia)"; a built-in routine cannot be deleted, said in Spanish."""
    builtin = Routine("Zona lumbar", (RoutineStep("BL23", 60),), builtin=True, id="builtin:x")
    db, _ = Database.open(tmp_path, keep_backups=0)
    try:
        repo = RoutineRepository(db, [builtin], catalogue=catalogue)
        assert repo.duplicate("builtin:x").name == "Zona lumbar (copia)"
        with pytest.raises(RoutineError, match="^Las rutinas incluidas no se pueden eliminar"):
            repo.delete("builtin:x")
    finally:
        db.close()


# -- without a translator ------------------------------------------------------------------------


def test_without_a_translator_messages_stay_english(spanish: None, tmp_path: Path) -> None:
    """core/ and storage/ alone (tests, tools) speak English even when Qt has Spanish installed."""
    set_translator(None)
    with pytest.raises(RoutineNameError, match="^A routine needs a name.$"):
        check_name("", [])
    (tmp_path / "settings.json").write_text("[1, 2]", encoding="utf-8")
    store = SettingsStore(tmp_path)
    store.load()
    assert store.problem == (
        "The settings file could not be used (not an object); it was kept as "
        "settings.damaged-1.json and the default settings are in use."
    )
