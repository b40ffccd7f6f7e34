"""The History page's "What works for you" section: by routine or by point, a chart and the same
in sentences (plain text, read by a screen reader), and the line that says what it is not."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from acupress_desktop.core.history import SessionRecord
from acupress_desktop.core.outcomes import Outcome, point_outcomes, routine_outcomes
from acupress_desktop.ui.history.history_cards import scaled_font
from acupress_desktop.ui.history.outcome_chart import OutcomeChart
from acupress_desktop.ui.history.outcome_text import (
    caution_text,
    chart_description,
    empty_text,
    outcome_sentence,
)

#: The entries of the "Show" list, in order.
BY_ROUTINE, BY_POINT = 0, 1


class OutcomesSection(QWidget):
    """Pain change per routine (or per point) from the user's own scores.

    Attributes:
        title_label: "What works for you".
        show_combo: by routine / by point (Alt+O).
        chart: the bars and intervals.
        sentences_label: one sentence per row (plain text).
        caution_label: "This is what your own scores show, not proof …".
    """

    def __init__(
        self, point_name: Callable[[str], str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._point_name = point_name or (lambda point_id: point_id)
        self._records: list[SessionRecord] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.title_label = QLabel(self)
        self.show_label = QLabel(self)
        self.show_combo = QComboBox(self)
        self.show_combo.addItems(["", ""])
        self.show_label.setBuddy(self.show_combo)
        self.show_combo.currentIndexChanged.connect(self._on_show_combo_current_index_changed)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.show_label)
        top.addWidget(self.show_combo)
        self.chart = OutcomeChart(self)
        self.sentences_label = QLabel(self)
        self.caution_label = QLabel(self)
        for label in (self.sentences_label, self.caution_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # routine names are the user's text
            label.setWordWrap(True)
        self.sentences_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caution_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addLayout(top)
        layout.addWidget(self.chart)
        layout.addWidget(self.sentences_label)
        layout.addWidget(self.caution_label)
        QWidget.setTabOrder(self.show_combo, self.chart)
        self.apply_fonts()
        self.retranslate_ui()

    def apply_fonts(self) -> None:
        """Follow the app font: a bold heading, a tall list."""
        base = self.font()
        self.title_label.setFont(scaled_font(base, 1.15, bold=True))
        self.show_combo.setMinimumHeight(round(QFontMetrics(base).height() * 2.0))

    def retranslate_ui(self) -> None:
        """Reset translated texts (and the sentences)."""
        self.title_label.setText(self.tr("What works for you"))
        self.show_label.setText(self.tr("Sh&ow"))
        self.show_combo.setItemText(BY_ROUTINE, self.tr("By routine"))
        self.show_combo.setItemText(BY_POINT, self.tr("By point"))
        self.show_combo.setAccessibleName(self.tr("Show what works by routine or by point"))
        self.caution_label.setText(caution_text())
        self._show()

    def set_records(self, records: Sequence[SessionRecord]) -> None:
        """Work out the outcomes of these sessions and show them."""
        self._records = list(records)
        self._show()

    def outcomes(self) -> list[Outcome]:
        """The outcomes shown now (by routine or by point), most helpful first."""
        if self.show_combo.currentIndex() == BY_POINT:
            return point_outcomes(self._records)
        return routine_outcomes(self._records)

    def _name(self, outcome: Outcome) -> str:
        if self.show_combo.currentIndex() == BY_POINT:
            return self._point_name(outcome.key)
        return outcome.name

    def _show(self) -> None:
        locale = self.locale()
        rows = []
        for outcome in self.outcomes():
            name = self._name(outcome)
            rows.append((outcome, name, outcome_sentence(outcome, name, locale)))
        sentences = [sentence for _, _, sentence in rows]
        by_point = self.show_combo.currentIndex() == BY_POINT
        self.chart.set_title(
            self.tr("Change in pain, by point")
            if by_point
            else self.tr("Change in pain, by routine")
        )
        self.chart.set_rows(rows, chart_description(sentences))
        self.sentences_label.setText("\n".join(sentences) if sentences else empty_text())

    def _on_show_combo_current_index_changed(self, _index: int) -> None:
        self._show()

    # -- Qt overrides -------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.FontChange:
            self.apply_fonts()
        elif event.type() == QEvent.Type.LocaleChange:
            self._show()
        super().changeEvent(event)
