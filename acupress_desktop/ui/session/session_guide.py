"""A line under the session's how-to: the pressure to use while pressing, and while getting
ready the finger measure the point's steps use, with its small picture."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.measures import measures_of_steps
from acupress_desktop.core.plan import PhaseKind
from acupress_desktop.core.session import Snapshot
from acupress_desktop.ui.help.finger_guide import MeasurePicture, measure_how, measure_name
from acupress_desktop.ui.help.pressure_scale import pressure_line


def guide_text(snapshot: Snapshot, catalogue: Catalogue) -> tuple[str, int | None]:
    """What the line says for a phase, and the measure to picture (None: no picture).

    Pressing: the point's pressure level and how it should feel. Getting ready, switching or
    resting before a point: the first finger measure its steps use, if any.
    """
    point = catalogue.point(snapshot.phase.point_id)
    if snapshot.phase.kind is PhaseKind.PRESS:
        return pressure_line(point.press.pressure), None
    measures = measures_of_steps(point.locate)
    if not measures:
        return pressure_line(point.press.pressure), None
    fingers = measures[0]
    return f"{measure_name(fingers)}. {measure_how(fingers)}", fingers


class SessionGuide(QWidget):
    """The pressure or measure line of the running session (``show_snapshot`` per phase)."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.picture = MeasurePicture(4, self)
        self.picture.setFixedSize(104, 104)
        # the line keeps its height whether or not it shows a picture: nothing below it jumps
        policy = self.picture.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.picture.setSizePolicy(policy)
        self.picture.hide()
        self.text = QLabel(self)
        self.text.setObjectName("sessionHowTo")  # the how-to line's large type
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.picture)
        row.addWidget(self.text, 1)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Show the line for the snapshot's phase."""
        text, fingers = guide_text(snapshot, self._catalogue)
        self.text.setText(text)
        self.setAccessibleName(text)
        if fingers is None:
            self.picture.hide()
        else:
            self.picture.set_fingers(fingers)
            self.picture.show()
