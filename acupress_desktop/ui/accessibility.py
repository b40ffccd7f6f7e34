"""Screen-reader helpers: say a milestone ("Switch sides", "Paused", "Added to session") aloud.

Qt sends a polite announcement event (``QAccessibleAnnouncementEvent``) for this, but Orca 43,
the screen reader of Debian 12 and Ubuntu 24.04, does not listen to AT-SPI announcements. It
does speak a change of the *focused* object's description. So on Linux a milestone becomes the
accessible description of the widget that has the focus (its own description comes back as soon
as the focus leaves it, queued after the focus change so Orca is already elsewhere). A
milestone that comes while nothing in its window has the focus yet (a session started from the
command line, before the window manager activated the window) waits for the first focus there.
Elsewhere the announcement event is sent. Never both: a screen reader that knows both would say
the milestone twice.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMetaObject, QObject, Qt, Slot
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

#: the widget property that keeps a widget's own description while it carries a milestone
_OWN = "acupress_own_description"
#: a character Orca does not speak: appended when the same milestone comes twice in a row, so
#: the description still changes (Qt sends no event when it does not)
_AGAIN = "\u200b"


def announce(widget: QWidget, text: str) -> None:
    """Ask a running screen reader to say ``text`` (politely); nothing happens without one."""
    if not text:
        return
    if not sys.platform.startswith("linux"):
        # (imported here: QAccessible's many enums cost every start ~15 million instructions)
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
        return
    # (on Linux even before the accessibility bridge is up, which happens a moment after
    # start-up: a session started from the command line says its first milestone all the same)
    focus = QApplication.focusWidget()
    if focus is not None and focus.isVisible() and focus.window() is widget.window():
        _Restorer.instance().drop_pending(widget.window())  # an older one is out of date
        _describe_focused(focus, text)
    else:
        _Restorer.instance().wait_for_focus(widget.window(), text)


def _describe_focused(focus: QWidget, text: str) -> None:
    if focus.property(_OWN) is None:
        focus.setProperty(_OWN, focus.accessibleDescription())
        _Restorer.instance().watch()
    if focus.accessibleDescription().rstrip(_AGAIN) == text:
        text = text + _AGAIN if not focus.accessibleDescription().endswith(_AGAIN) else text
    focus.setAccessibleDescription(text)


class _Restorer(QObject):
    """Gives a widget its own description back once the focus has left it."""

    _instance: _Restorer | None = None

    @classmethod
    def instance(cls) -> _Restorer:
        if cls._instance is None:
            cls._instance = cls(QApplication.instance())
        return cls._instance

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self._watching = False
        self._pending: dict[int, str] = {}  # id(window) -> the milestone waiting for focus
        self._changes: list[tuple[QWidget | None, QWidget | None]] = []

    def wait_for_focus(self, window: QWidget, text: str) -> None:
        self._pending[id(window)] = text
        self.watch()

    def drop_pending(self, window: QWidget) -> None:
        """A newer milestone was said: the one waiting for the focus would come after it."""
        self._pending.pop(id(window), None)

    def watch(self) -> None:
        app = QApplication.instance()
        if not self._watching and isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
            self._watching = True

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # acted on once the event loop is back: the description changes after the screen
        # reader heard of the new focus (and a widget deleted meanwhile is left alone)
        self._changes.append((old, new))
        if len(self._changes) == 1:
            QMetaObject.invokeMethod(self, "_flush", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _flush(self) -> None:
        changes, self._changes = self._changes, []
        for old, new in changes:
            self._apply(
                old if old is not None and isValid(old) else None,
                new if new is not None and isValid(new) else None,
            )

    def _apply(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and old is not QApplication.focusWidget():
            own = old.property(_OWN)
            if own is not None:
                old.setProperty(_OWN, None)
                old.setAccessibleDescription(str(own))
        if new is not None and new is QApplication.focusWidget():
            text = self._pending.pop(id(new.window()), None)
            if text is not None:
                _describe_focused(new, text)


def spoken_milestone(widget: QWidget) -> str:
    """The milestone a widget carries for the screen reader now ('' when none; for tests)."""
    if widget.property(_OWN) is None:
        return ""
    return widget.accessibleDescription().rstrip(_AGAIN)
