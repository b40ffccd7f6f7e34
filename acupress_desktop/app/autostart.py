"""Starting quietly at login: the "Start quietly at login" setting kept in step with the XDG
autostart entry (``storage/autostart.py`` writes it), which runs this app as it was launched,
with ``--background``."""

from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from acupress_desktop import APP_NAME
from acupress_desktop.app.notices import Notices
from acupress_desktop.app.settings import SettingsFeature
from acupress_desktop.storage.autostart import (
    AutostartError,
    desktop_entry,
    disable,
    enable,
    is_enabled,
)

log = logging.getLogger(__name__)


def launch_command(
    argv0: str | None = None, data_dir: Path | None = None, environ: dict[str, str] | None = None
) -> list[str]:
    """How this app was launched, to launch it the same way at login: the AppImage, the bundled
    program, the ``acupress`` command, or ``python -m acupress_desktop``; with ``--data-dir``
    when one was given (the reminder's settings are in that folder)."""
    argv0 = sys.argv[0] if argv0 is None else argv0
    environ = dict(os.environ) if environ is None else environ
    if environ.get("APPIMAGE"):
        command = [environ["APPIMAGE"]]
    elif getattr(sys, "frozen", False):
        command = [sys.executable]
    elif not argv0 or argv0 in ("-c", "-m") or Path(argv0).suffix == ".py":
        command = [sys.executable, "-m", "acupress_desktop"]
    else:
        found = argv0 if os.sep in argv0 else shutil.which(argv0)
        command = [str(Path(found or argv0).absolute())]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return command


class AutostartFeature:
    """Writes or removes the autostart entry when the setting changes; a failure is told in
    the user's words and the setting goes back to what the file is (nothing else is lost)."""

    def __init__(
        self, settings: SettingsFeature, notices: Notices, path: Path, command: Sequence[str]
    ) -> None:
        self._settings = settings
        self._notices = notices
        self.path = path
        self.command = list(command)

    def entry_text(self) -> str:
        """The autostart entry's text for this launch."""
        comment = QCoreApplication.translate(
            "App", "Starts Acupress quietly, so the daily reminder can come"
        )
        return desktop_entry(self.command, APP_NAME, comment)

    def apply(self, enabled: bool, wanted_now: bool = True) -> bool:
        """Write (on) or remove (off) the entry; False, with a message, when that failed.
        ``wanted_now`` False (the reminder is off): the entry is removed but the setting stays
        as chosen, so turning the reminder on again writes it back."""
        try:
            if enabled and wanted_now:
                enable(self.path, self.entry_text())
                log.info("autostart entry written: %s", self.path)
            else:
                disable(self.path)
                log.info("autostart entry removed: %s", self.path)
        except AutostartError as exc:
            self._settings.update(start_at_login=is_enabled(self.path))
            self._notices.warn(QCoreApplication.translate("App", "Start at login"), str(exc))
            return False
        return True

    def sync(self) -> None:
        """The setting follows the file (the user may have removed it with the desktop's tools);
        with the reminder off there is no file to follow (``apply``)."""
        if not self._settings.current.reminder_enabled:
            return
        there = is_enabled(self.path)
        if there != self._settings.current.start_at_login:
            log.info("autostart entry %s: the setting follows it", "found" if there else "gone")
            self._settings.update(start_at_login=there)
