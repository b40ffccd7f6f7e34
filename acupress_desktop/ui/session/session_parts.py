"""Parts of the session page read from a metre away: type sizes from the page's size, the phase
band, the numbered "how to find it" steps, the brief tint of a phase change, the keys legend."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from acupress_desktop.core.catalogue import Point
from acupress_desktop.core.plan import PhaseKind
from acupress_desktop.core.session import Snapshot
from acupress_desktop.ui.palette import phase_ink, phase_tint

# How long the page's tint takes to fade after a phase change, seconds.
TINT_SECONDS = 0.6
# Seconds between the tint's frames while it fades (the injected ticker's delay).
TINT_FRAME_SECONDS = 1 / 30

# --------------------------------------------------------------------------------------------
# Pure functions
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionType:
    """Pixel sizes of the session page's type.

    Attributes:
        phase: the phase word in the band ("Press"): the largest after the countdown.
        name: the point, its side ("Point 1 of 2 · BL23 Shenshu · left side") and "Next:".
        steps: the "how to find it" steps, the technique, the guide line, the time left.
        controls: the buttons under the page (Pause, Next…), found by eye with hands busy.
        keys: the keys legend under them.
    """

    phase: int
    name: int
    steps: int
    controls: int
    keys: int


def session_type(size: QSize, base_px: float) -> SessionType:
    """Type sizes for a session page of ``size`` with the app's text at ``base_px`` pixels.

    Each grows with the page (the smaller of its height and a share of its width, so a wide
    but low window does not overflow) and never goes under its floor: at the default text
    (16 px, 12 pt) the name and "Next" are 32 px (24 pt), the phase 48 px (36 pt); larger text
    settings raise the floors (1.3 and 1.9 times the text). Full screen at 1080 lines gives
    about 1.4 times the 768-line sizes; the buttons and the keys legend grow too (from the
    app's large and ordinary type).
    """
    height = max(0, size.height())
    room = min(height, size.width() * 0.6)
    phase = max(48.0, base_px * 1.9, room * 0.075)
    name = max(32.0, base_px * 1.3, room * 0.044)
    steps = max(20.0, base_px * 1.15, room * 0.03)
    controls = max(base_px * 1.2, room * 0.024)  # the style sheet's large type, and growing
    keys = max(base_px, room * 0.018)
    return SessionType(
        phase=round(phase),
        name=round(name),
        steps=round(steps),
        controls=round(controls),
        keys=round(keys),
    )


def tint_strength(elapsed: float) -> float:
    """How strong the page's tint is ``elapsed`` seconds after a phase change: 1 at once,
    fading (eased out) to 0 at ``TINT_SECONDS``; 0 before and after."""
    if not 0.0 <= elapsed < TINT_SECONDS:
        return 0.0
    left = 1.0 - elapsed / TINT_SECONDS
    return left * left


def phase_key(kind: PhaseKind, paused: bool) -> str:
    """The palette's name of a phase's colour ("paused" wins over the phase)."""
    if paused:
        return "paused"
    return {
        PhaseKind.FIND: "get_ready",  # finding the point readies for it
        PhaseKind.GET_READY: "get_ready",
        PhaseKind.PRESS: "press",
        PhaseKind.SWITCH: "switch",
        PhaseKind.REST: "rest",
    }[kind]


def numbered_steps(point: Point) -> list[str]:
    """Every "how to find it" step of a point, numbered: "1. Put your hands…"."""
    return [f"{number}. {step}" for number, step in enumerate(point.locate, start=1)]


def font_of_size(base: QFont, pixels: int, bold: bool = False) -> QFont:
    """``base`` at ``pixels`` pixels, bold or not."""
    font = QFont(base)
    font.setPixelSize(max(1, pixels))
    font.setBold(bold)
    return font


# --------------------------------------------------------------------------------------------
# Widgets
# --------------------------------------------------------------------------------------------


class PhaseBand(QLabel):
    """A full-width band with the phase word ("Get ready", "Press", "Switch sides", "Rest",
    "Paused · Press") on the phase's colour (``ui.palette.phase_ink``): the word always says
    the phase, the colour only helps it be seen from the corner of the eye."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._phase = "get_ready"
        self.setObjectName("sessionPhase")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setMargin(6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    @property
    def phase(self) -> str:
        """The palette's name of the phase shown ("press", "paused"…)."""
        return self._phase

    def set_phase(self, phase: str, text: str) -> None:
        """Show ``text`` on the colour of ``phase`` (given every second: only a change repaints
        the band, the widest thing on the page)."""
        if (phase, text) == (self._phase, self.text()):
            return
        self._phase = phase
        self.setText(text)
        self.update()

    def band_colour(self) -> QColor:
        """The fill of the band now."""
        return phase_ink(self.palette(), self._phase).band

    def paintEvent(self, event: QPaintEvent) -> None:
        ink = phase_ink(self.palette(), self._phase)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(1, 1, -1, -1)
        radius = min(12.0, rect.height() / 4)
        painter.setPen(QPen(ink.outline, 3) if ink.outline is not None else Qt.PenStyle.NoPen)
        painter.setBrush(ink.band)
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(ink.text)
        painter.setFont(self.font())
        inner = self.contentsRect().adjusted(self.margin(), 0, -self.margin(), 0)
        painter.drawText(inner, int(self.alignment()) | Qt.TextFlag.TextWordWrap, self.text())
        painter.end()


class StepsPanel(QScrollArea):
    """How to press (while pressing) and every "how to find it" step, numbered and wrapped;
    it scrolls (Tab reaches it, then Up, Down, Page Up and Page Down) when they do not fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionSteps")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        content = QWidget(self)
        content.setObjectName("sessionStepsContent")
        self._content = content
        self.viewport().setAutoFillBackground(False)
        self._layout = QVBoxLayout(content)
        self._layout.setContentsMargins(0, 0, 8, 0)
        self.technique_heading = self._label(content, heading=True)
        self.technique = self._label(content)
        self.steps_heading = self._label(content, heading=True)
        self.step_labels: list[QLabel] = []
        self._layout.addWidget(self.technique_heading)
        self._layout.addWidget(self.technique)
        self._layout.addWidget(self.steps_heading)
        self._extra: QWidget | None = None
        self._heading = ""  # the technique's heading when not "How to press"
        self._layout.addStretch(1)
        self.setWidget(content)
        self._step_font = QFont(self.font())
        self._heading_font = QFont(self.font())

    def _label(self, parent: QWidget, heading: bool = False) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setObjectName("sessionStepHeading" if heading else "sessionStep")
        return label

    def add_below(self, widget: QWidget) -> None:
        """Put ``widget`` (the guide line) under the steps, inside the scrolled part."""
        self._extra = widget
        self._layout.insertWidget(self._layout.count() - 1, widget)

    def show_steps(self, technique: str, steps: list[str], heading: str = "") -> None:
        """``technique`` ("" to hide it) under ``heading`` ("How to press" when ""), above
        the numbered ``steps``."""
        self._heading = heading
        self.technique_heading.setText(heading or self._press_heading())
        self.technique_heading.setVisible(bool(technique))
        self.technique.setVisible(bool(technique))
        self.technique.setText(technique)
        while len(self.step_labels) < len(steps):
            label = self._label(self._content)
            label.setFont(self._step_font)
            index = self._layout.indexOf(self.steps_heading) + 1 + len(self.step_labels)
            self._layout.insertWidget(index, label)
            self.step_labels.append(label)
        for label, text in zip(
            self.step_labels, steps + [""] * len(self.step_labels), strict=False
        ):
            label.setText(text)
            label.setVisible(bool(text))
        self.verticalScrollBar().setValue(0)
        self.setAccessibleDescription(" ".join([technique, *steps]).strip())

    def shown_steps(self) -> list[str]:
        """The steps on display."""
        return [label.text() for label in self.step_labels if not label.isHidden()]

    def set_type(self, steps_px: int) -> None:
        """Type for the steps (headings a little larger and bold)."""
        self._step_font = font_of_size(self.font(), steps_px)
        self._heading_font = font_of_size(self.font(), round(steps_px * 1.1), bold=True)
        for label in (self.technique, *self.step_labels):
            label.setFont(self._step_font)
        for label in (self.technique_heading, self.steps_heading):
            label.setFont(self._heading_font)

    @staticmethod
    def _press_heading() -> str:
        return QCoreApplication.translate("SessionView", "How to press")

    def retranslate_ui(self) -> None:
        """Reset translated texts."""
        self.technique_heading.setText(self._heading or self._press_heading())
        self.steps_heading.setText(QCoreApplication.translate("SessionView", "How to find it"))
        self.setAccessibleName(QCoreApplication.translate("SessionView", "How to find the point"))


class TintedPage(QWidget):
    """The running page: paints its own background, the window colour or, for a moment after a
    phase change, that tinted towards the phase colour (``set_tint``). Its opaque children (the
    session gauges) paint ``background()`` under themselves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._phase = "press"
        self._amount = 0.0
        self._colour: tuple[int, QColor] | None = None  # (palette key, background())

    @property
    def tint_phase(self) -> str:
        """The phase whose colour tints the page."""
        return self._phase

    @property
    def tint_amount(self) -> float:
        """0 (no tint) .. 1 (the strongest tint)."""
        return self._amount

    def set_tint(self, phase: str, amount: float) -> None:
        """Tint towards ``phase``'s colour by ``amount`` (0..1)."""
        if (phase, amount) != (self._phase, self._amount):
            self._phase, self._amount = phase, amount
            self._colour = None
            self.update()
            # Qt leaves opaque children out of their parent's repaint, and the gauges paint
            # this colour under themselves: without this they kept an earlier step's tint,
            # a square of another colour, until their own next full repaint (seen on Xvfb)
            for child in self.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            ):
                if child.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent):
                    child.update()

    def background(self) -> QColor:
        """What the page is painted with now (worked out once per tint step and palette)."""
        palette = self.palette()
        if self._colour is None or self._colour[0] != palette.cacheKey():
            colour = (
                phase_tint(palette, self._phase, self._amount)
                if self._amount > 0
                else palette.color(QPalette.ColorRole.Window)
            )
            self._colour = (palette.cacheKey(), colour)
        return self._colour[1]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.background())
        painter.end()


#: a space a line never breaks at
NO_BREAK = "\u00a0"


def keys_legend() -> tuple[str, str]:
    """The session keys as shown ("Space Pause · ← Previous · …") and as a screen reader says
    them ("Space: pause or resume. Left arrow: previous. …")."""
    shown = [
        ("Space", QCoreApplication.translate("SessionView", "Pause / Found it")),
        ("P", QCoreApplication.translate("SessionView", "Pause")),
        ("←", QCoreApplication.translate("SessionView", "Previous")),
        ("→", QCoreApplication.translate("SessionView", "Next")),
        ("+", QCoreApplication.translate("SessionView", "30 s more")),
        ("Esc", QCoreApplication.translate("SessionView", "Stop")),
        ("F11", QCoreApplication.translate("SessionView", "Full screen")),
        ("M", QCoreApplication.translate("SessionView", "Mute")),
        ("Ctrl+T", QCoreApplication.translate("SessionView", "Mini timer")),
        ("K", QCoreApplication.translate("SessionView", "Hide these keys")),
    ]
    said = QCoreApplication.translate(
        "SessionView",
        "Space: pause or resume; when finding a point, found it. P: pause or resume. Left arrow: previous. Right arrow: next. Plus: 30 seconds "
        "more. Escape: stop. F11: full screen. M: mute. Control T: mini timer. K: hide or "
        "show this list of keys.",
    )
    native = QKeySequence.SequenceFormat.NativeText
    keys = [key if len(key) == 1 else QKeySequence(key).toString(native) for key, _ in shown]
    # a line breaks between two keys, never inside one ("F11 Full" / "screen" misread)
    entries = (
        f"{key} {what}".replace(" ", NO_BREAK) for key, (_, what) in zip(keys, shown, strict=True)
    )
    return "   ".join(entries), said


def continue_texts(snapshot: Snapshot | None) -> tuple[str, str] | None:
    """While finding a point, the pause button's text and name: "Continue" ("Found it: continue
    (Space)"); None otherwise."""
    if snapshot is None or not snapshot.finding:
        return None
    return (
        QCoreApplication.translate("SessionView", "Continue"),
        QCoreApplication.translate("SessionView", "Found it: continue (Space)"),
    )
