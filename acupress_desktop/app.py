"""Composition root: parses arguments, resolves paths, builds every service once and shows the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from acupress_desktop import APP_NAME, __version__
from acupress_desktop.controllers.models import BrowseState
from acupress_desktop.core.catalogue import Catalogue, CatalogueError, load_catalogue
from acupress_desktop.storage.settings import Settings, SettingsError, SettingsStore
from acupress_desktop.ui.main_window import MainWindow
from acupress_desktop.ui.safety_dialog import SafetyDialog
from acupress_desktop.ui.theme import apply_base_style


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(
        prog="acupress", description="Guided acupressure for back pain."
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="keep every file the app writes (settings, routines, history) in DIR",
    )
    parser.add_argument(
        "--no-safety-notice",
        action="store_true",
        help="do not show the first-start safety notice (it stays under Help)",
    )
    parser.add_argument(
        "--point", metavar="CODE", help="open with this point selected, e.g. --point BL23"
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help="save a picture of the main window to PNG and quit (for documentation)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(list(argv))


def default_data_dir() -> Path:
    """The platform's per-user data folder for Acupress."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class Services:
    """Everything the app builds once, wired together.

    Attributes:
        data_dir: where every file the app writes lives.
        settings_store, settings: persisted settings and their current value.
        catalogue: the validated point catalogue.
        browse: the browse state shared by the main window's views.
        window: the main window.
    """

    def __init__(self, catalogue: Catalogue, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.catalogue = catalogue
        self.settings_store = SettingsStore(data_dir)
        self.settings: Settings = self.settings_store.load()
        self.last_notice = ""
        self.browse = BrowseState()
        self.window = MainWindow(catalogue, self.browse)
        self.window.restore_geometry_hex(self.settings.window_geometry)
        self.window.geometry_save_requested.connect(self._on_window_geometry_save_requested)

    def update_settings(self, **changes: object) -> None:
        """Change and save settings; a failed save is reported and the app carries on."""
        from dataclasses import replace

        self.settings = replace(self.settings, **changes)  # type: ignore[arg-type]
        try:
            self.settings_store.save(self.settings)
        except SettingsError as exc:
            self.notify(QCoreApplication.translate("App", "Settings not saved"), str(exc))

    def report_startup_problems(self) -> None:
        """Tell the user what happened to a damaged settings file."""
        if self.settings_store.problem:
            self.notify(
                QCoreApplication.translate("App", "Settings reset"), self.settings_store.problem
            )

    def notify(self, title: str, text: str) -> QMessageBox:
        """Tell the user something went wrong, without blocking the app (window-modal box)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
        box.setParent(self.window, box.windowFlags())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_notice = text
        return box

    def show_safety_notice_if_new(self) -> SafetyDialog | None:
        """First start: open the safety notice (window-modal); acknowledging it is remembered."""
        if self.settings.safety_notice_seen:
            return None
        dialog = SafetyDialog(self.window)
        dialog.accepted.connect(self._on_safety_dialog_accepted)
        dialog.open()
        return dialog

    def _on_safety_dialog_accepted(self) -> None:
        self.update_settings(safety_notice_seen=True)

    def _on_window_geometry_save_requested(self, geometry: str) -> None:
        if geometry != self.settings.window_geometry:
            self.update_settings(window_geometry=geometry)


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication with names, translators and the base style."""
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("acupress")
    qt_translator = QTranslator(app)
    if qt_translator.load(
        QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_translator)
    apply_base_style(app)
    return app


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``acupress`` command."""
    argv = sys.argv if argv is None else argv
    args = parse_args(argv[1:])
    app = create_application(argv)
    data_dir: Path = (args.data_dir or default_data_dir()).expanduser().resolve()
    try:
        catalogue = load_catalogue()
    except CatalogueError as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Acupress cannot start"),
            QCoreApplication.translate("App", "The point catalogue is damaged: %1").replace(
                "%1", str(exc)
            ),
        )
        return 1
    services = Services(catalogue, data_dir)
    window = services.window
    if args.point:
        try:
            services.browse.select_point(catalogue.point(args.point.upper()).id)
        except KeyError:
            print(f"acupress: no point {args.point!r}", file=sys.stderr)
    if args.screenshot:
        window.show()
        app.processEvents()
        window.grab().save(str(args.screenshot))
        window.close()
        return 0
    window.show()
    services.report_startup_problems()
    if not args.no_safety_notice:
        services.show_safety_notice_if_new()
    return app.exec()
