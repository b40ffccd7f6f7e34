"""The pressure scale: what gentle, moderate and firm feel like, when to stop, how long and how often.

The scale is the app's own guide (reference points-addendum.md §3b, a proposal anchored to
acupressure teachers' "it should hurt good", to "medium pressure is usually enough" and to the
one harm seen in a self-acupressure trial: pressing too hard). Each card shows its level's
line (``pressure_feel``); the whole scale opens from the card and from Help.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from acupress_desktop.core.catalogue import PRESSURES
from acupress_desktop.ui.help.text_pages import (
    add_close_button,
    fitting_height,
    scrolling_page,
    text_label,
)
from acupress_desktop.ui.labels import pressure_name


def pressure_feel(pressure: str) -> str:
    """What a level should feel like, with its 0–10 range, as one sentence."""
    feels = {
        "gentle": QCoreApplication.translate(
            "PressureScale", "Clear pressure and warmth, with no ache (about 0 to 2 out of 10)."
        ),
        "moderate": QCoreApplication.translate(
            "PressureScale",
            "A dull, spreading ache that feels good and stops when you let go (about 3 to 4 out "
            "of 10).",
        ),
        "firm": QCoreApplication.translate(
            "PressureScale",
            "A strong ache that you can still breathe slowly through without tensing (5 to 6 out "
            "of 10 at most).",
        ),
    }
    return feels.get(pressure, "")


def stop_signs() -> str:
    """When to ease off at once, as one sentence."""
    return QCoreApplication.translate(
        "PressureScale",
        "Ease off at once for sharp, burning, electric or shooting pain, tingling or numbness "
        "spreading along an arm or leg, dizziness, or pain that goes on after you let go.",
    )


def pressure_line(pressure: str) -> str:
    """ "Moderate: a dull, spreading ache …" for a card or the session."""
    return (
        QCoreApplication.translate("PressureScale", "%1 pressure. %2")
        .replace("%1", pressure_name(pressure))
        .replace("%2", pressure_feel(pressure))
    )


def pressure_scale_html() -> str:
    """The whole scale as HTML: the three levels, when to stop, how long, how often, and why."""
    heading = QCoreApplication.translate("PressureScale", "How hard to press")
    rows = "".join(
        f"<tr><td><b>{pressure_name(level)}</b>&nbsp;&nbsp;</td><td>{pressure_feel(level)}</td></tr>"
        for level in PRESSURES
    )
    stop = QCoreApplication.translate("PressureScale", "Stop or ease off")
    paragraphs = [
        QCoreApplication.translate(
            "PressureScale",
            "Each point's card says which level to use. Pain on a scale of 0 (none) to 10 (the "
            "worst you can imagine) is a guide: while you press, the ache should never go above "
            "6, and it should fade when you let go.",
        ),
        QCoreApplication.translate(
            "PressureScale",
            "How long: build the pressure up slowly over a few breaths, hold it steady, then let "
            "go slowly. Acupress suggests 45 to 90 seconds a side; the trial of self-acupressure "
            "for back pain used 3 minutes a point, so add time with + if it helps.",
        ),
        QCoreApplication.translate(
            "PressureScale",
            "How often: in trials of self-acupressure people pressed once or twice a day, for "
            "four to twelve weeks.",
        ),
        QCoreApplication.translate(
            "PressureScale",
            "Use a fingertip, a thumb, a knuckle or a rounded tool, never anything pointed or "
            "sharp. Press lightly if you are tired, unwell, pregnant or bruise easily.",
        ),
        QCoreApplication.translate(
            "PressureScale",
            "This scale is Acupress's own guide, not a measured dose. No trial has tested how "
            "hard to press, and pressing harder has not been shown to work better. The one harm "
            "seen in a trial of self-acupressure for back pain was soreness from pressing too hard.",
        ),
    ]
    return (
        f"<h3>{heading}</h3><table cellspacing='4'>{rows}"
        f"<tr><td><b>{stop}</b>&nbsp;&nbsp;</td><td>{stop_signs()}</td></tr></table>"
        + "".join(f"<p>{text}</p>" for text in paragraphs)
    )


class PressureScaleDialog(QDialog):
    """The pressure scale in a small window (from a point's card, the session or Help)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pressure scale"))
        self.setAccessibleName(self.tr("Pressure scale"))
        layout = QVBoxLayout(self)
        self.text = text_label(pressure_scale_html(), self)  # the app's own text
        # it scrolls at large text sizes, inside a dialog that fits the screen
        layout.addWidget(scrolling_page(self.text, self.tr("Pressure scale"), self), 1)
        self.close_button = add_close_button(self, layout)
        width = self.fontMetrics().horizontalAdvance("M") * 40
        self.resize(width, fitting_height(self, self.text.heightForWidth(width - 40) + 90))
