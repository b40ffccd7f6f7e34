"""Composition root: parses arguments, resolves paths, composes the features and shows the window.

``python -m acupress_desktop`` and the ``acupress`` command run :func:`main`. The feature
objects — browse, settings, routines, history, session, reminder, and the data file they share —
live in their own modules and are composed by :class:`~acupress_desktop.app.composition.Acupress`;
the language switching is in ``language.py``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

import acupress_desktop.compat  # noqa: F401 - first: it trims PySide's per-module scan
from acupress_desktop import APP_NAME, __version__
from acupress_desktop.app.autostart import launch_command
from acupress_desktop.app.composition import Acupress
from acupress_desktop.app.crash import CrashReporter
from acupress_desktop.app.language import install_language
from acupress_desktop.app.logs import log_folder, log_to_file, start_logging
from acupress_desktop.app.places import user_data_dir
from acupress_desktop.compat import guard_none_refcount
from acupress_desktop.controllers.quit_signals import QuitSignals
from acupress_desktop.controllers.single_instance import (
    HANDED_OVER,
    REFUSED,
    Claim,
    InstanceServer,
    claim_data_folder,
    refusal_message,
)
from acupress_desktop.core.catalogue import CatalogueError, load_catalogue
from acupress_desktop.core.search import point_by_code
from acupress_desktop.core.text import set_translator
from acupress_desktop.resources import asset_path
from acupress_desktop.storage.settings import LANGUAGE_CHOICES
from acupress_desktop.ui.theme import THEMES, apply_theme

__all__ = ["create_application", "main", "parse_args", "starts_hidden"]

app_log = logging.getLogger("acupress")


def language_option(value: str) -> str:
    """``--lang CODE``: "en", "es" or "system" (any case); a regional variant such as "es-MX" or
    "es_MX" is kept (regional translations are looked up first). Anything else is refused, naming
    the languages there are, so argparse exits with status 2."""
    code = value.strip().replace("-", "_")
    language, _, region = code.partition("_")
    language = language.lower()
    if language in LANGUAGE_CHOICES and (not region or language != "system"):
        return f"{language}_{region.upper()}" if region else language
    available = ", ".join(sorted(LANGUAGE_CHOICES))
    raise argparse.ArgumentTypeError(f"unknown language {value!r} (available: {available})")


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
    parser.add_argument(
        "--routine", metavar="NAME", help="start the routine with this name straight away"
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE.acupress.json",
        help="routine files to import (all or nothing per file)",
    )
    parser.add_argument(
        "--background",
        action="store_true",
        help="start without a window, only the daily reminder armed (its notification brings "
        "the window up); with the reminder off, the window opens as usual",
    )
    parser.add_argument(
        "--page",
        choices=("points", "routines", "history", "settings"),
        help="open on this page (settings opens the settings dialog)",
    )
    parser.add_argument(
        "--theme",
        choices=THEMES,
        default=None,
        help="colours for this run: system, light, dark or high-contrast "
        "(default: the theme chosen in Settings)",
    )
    parser.add_argument(
        "--lang",
        type=language_option,
        metavar="CODE",
        default=None,
        help=f"language for this run: {', '.join(LANGUAGE_CHOICES)} (default: the language "
        "chosen in Settings; the setting is not changed)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="write everything to the log and the terminal (the log: see README, Diagnostics)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(list(argv))


def default_data_dir() -> Path:
    """The platform's per-user data folder for Acupress."""
    return user_data_dir(APP_NAME)


def _on_second_copy(acupress: Acupress, arguments: list[str]) -> None:
    """A second copy was started: come to the front and do what it was asked."""
    window = acupress.window
    if not window.isVisible() and not acupress.settings.current.window_geometry:
        window.show_first_time()  # hidden since a start with --background
    else:
        window.showNormal() if window.isMinimized() else window.show()
    window.raise_()
    window.activateWindow()
    try:
        later = parse_args(arguments)
    except SystemExit:
        return
    acupress.handle_arguments(later.files, later.routine, later.point, later.page)


def _refuse_second_copy(
    app: QApplication, data_dir: Path, claim: Claim, language: str | None
) -> int:
    """Another process holds the data folder and does not answer: say which, and exit."""
    from acupress_desktop.storage.settings import SettingsStore

    install_language(app, language or SettingsStore(data_dir).load().language)
    message = refusal_message(data_dir, claim)
    print(f"acupress: {message}", file=sys.stderr)
    from PySide6.QtWidgets import QMessageBox  # (not before the first paint: see _run)

    QMessageBox.critical(
        None, QCoreApplication.translate("App", "Acupress is already running"), message
    )
    return 1


def starts_hidden(args: argparse.Namespace, reminder_enabled: bool) -> bool:
    """``--background``: no window at start, only the reminder armed (its notification, the
    tray icon or a second copy brings the window). With the reminder off there would be
    nothing to wait for, and with files, a routine, a point or a page to show, the user asked
    for the window: it is shown then, and the log says why."""
    if not args.background:
        return False
    if not reminder_enabled:
        app_log.info("--background: the daily reminder is off, so the window is shown")
        return False
    if args.files or args.routine or args.point or args.page:
        app_log.info(
            "--background: files, a routine, a point or a page were asked for: window shown"
        )
        return False
    app_log.info("--background: no window; the daily reminder is armed")
    return True


def _quit_after_crash(app: QApplication, window: QWidget) -> None:
    """The crash dialog's Quit: the window closes the normal way (saving, as on Ctrl+Q), then
    the app exits with status 1 (it did not end well)."""
    window.close()
    app.exit(1)


def _take_screenshot(app: QApplication, acupress: Acupress, args: argparse.Namespace) -> int:
    """``--screenshot PNG``: the window (with ``--point`` and ``--page``), or the settings
    dialog for ``--page settings``, saved as PNG; exit status 1 when it cannot be written."""
    window = acupress.window
    window.resize(1380, 860)  # a picture for documentation: the same size on any screen
    window.show()
    acupress.handle_arguments([], None, args.point, args.page)
    app.processEvents()
    shown = acupress.settings.dialog if args.page == "settings" else None
    picture = (shown or window).grab()
    saved = picture.save(str(args.screenshot), "PNG")
    window.close()
    if not saved:
        print(f"acupress: could not write the screenshot {args.screenshot}", file=sys.stderr)
        return 1
    return 0


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication with names, translators and the base style."""
    if QApplication.instance() is None:  # the policy must be set before the application exists
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.acupress.Acupress")
    app.setWindowIcon(QIcon(str(asset_path("icons/acupress.svg"))))
    apply_theme(app)
    set_translator(QCoreApplication.translate)  # messages from core/ and storage/ too
    return app


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``acupress`` command."""
    argv = sys.argv if argv is None else argv
    args = parse_args(argv[1:])
    start_logging(verbose=args.verbose)
    crash = CrashReporter()  # uncaught exceptions: logged; the dialog once attached below
    sys.excepthook = crash.excepthook
    guard_none_refcount()
    app = create_application(argv)
    quit_signals = QuitSignals(app)  # logout or Ctrl+C: close the window (saving), then quit;
    quit_signals.install()  # caught from here on, acted on once the event loop runs
    data_dir: Path = (args.data_dir or default_data_dir()).expanduser().resolve()
    claim = claim_data_folder(data_dir, list(argv[1:]))  # its lock is held until the app exits
    if claim.outcome == HANDED_OVER:
        print("acupress: passed to the copy that is already running", file=sys.stderr)
        return 0
    if claim.outcome == REFUSED:
        return _refuse_second_copy(app, data_dir, claim, args.lang)
    log = log_to_file(log_folder(APP_NAME, data_dir if args.data_dir else None))
    logging.getLogger("acupress").info(
        "Acupress %s, data in %s, log in %s", __version__, data_dir, log
    )
    crash.log_path = log
    instance = InstanceServer(data_dir)
    instance.listen()
    try:
        catalogue = load_catalogue()
    except CatalogueError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Acupress cannot start"),
            QCoreApplication.translate("App", "The point catalogue is damaged: %1").replace(
                "%1", str(exc)
            ),
        )
        return 1
    acupress = Acupress(
        catalogue,
        data_dir,
        look=True,
        theme=args.theme,
        language=args.lang,
        launch=launch_command(data_dir=data_dir if args.data_dir else None),
    )
    window = acupress.window
    quit_signals.received.connect(lambda _number: (window.close(), app.quit()))
    if args.point and point_by_code(catalogue.points, args.point) is None:
        print(f"acupress: no point {args.point!r}", file=sys.stderr)
    if args.screenshot:
        return _take_screenshot(app, acupress, args)
    crash.attach(window, acupress.save_pending, lambda: _quit_after_crash(app, window))
    hidden = starts_hidden(args, acupress.settings.current.reminder_enabled)
    if hidden:
        app_log.info("started in the background")  # the reminder or a second copy shows it
    elif acupress.settings.current.window_geometry:
        window.show()  # as it was left (restored geometry, maximised or not)
    else:
        window.show_first_time()
    if os.environ.get("ACUPRESS_REPORT_SHOWN") and not hidden:  # benchmarks/startup_memory.py
        app.processEvents()
        print(f"shown {time.monotonic():.6f}", flush=True)
    acupress.reminder.start()
    acupress.settings.report_startup_problems()
    acupress.report_database_problem()
    acupress.handle_arguments(args.files, args.routine, args.point, args.page)
    instance.arguments_received.connect(lambda later: _on_second_copy(acupress, later))
    if not args.no_safety_notice and not hidden:  # (it comes at the next start with a window)
        acupress.settings.show_safety_notice_if_new()
    return app.exec()
