"""The detail pane: a large illustration and everything about the selected point."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.core.catalogue import Catalogue, Point
from acupress_desktop.core.measures import finger_measures, measures_of_steps
from acupress_desktop.ui.art.illustration import IllustrationView
from acupress_desktop.ui.browse.badges import BadgeRow
from acupress_desktop.ui.help.guides import GuideButtons, open_finger_guide
from acupress_desktop.ui.labels import (
    badge_items,
    duration_text,
    escape,
    pressure_name,
    region_name,
)
from acupress_desktop.ui.widgets.common import ReadingText, VerticalScrollArea


def detail_sections(point: Point, catalogue: Catalogue, tr: object = None) -> list[tuple[str, str]]:
    """(heading, HTML body) pairs for a point, in reading order; headings use the "PointDetail" context.

    ``tr`` is no longer used (the headings are literal ``translate`` calls so lupdate finds
    them); it stays so existing callers keep working.
    """
    del tr
    from acupress_desktop.ui.help.finger_guide import measure_name
    from acupress_desktop.ui.help.pressure_scale import pressure_feel

    steps = "".join(
        f"<li>{escape(step)}"
        + "".join(
            f' <a href="measure:{fingers}">{escape(measure_name(fingers))}</a>'
            for fingers in finger_measures(step)
        )
        + "</li>"
        for step in point.locate
    )
    pressure = QCoreApplication.translate("PointDetail", "Pressure:")
    time = QCoreApplication.translate("PointDetail", "Time:")
    each_side = QCoreApplication.translate("PointDetail", "on each side")
    press = (
        f"<p>{escape(point.press.technique)}</p>"
        f"<p><b>{escape(pressure)}</b> {escape(pressure_name(point.press.pressure))}"
        f" &nbsp;·&nbsp; <b>{escape(time)}</b> {escape(duration_text(point.press.seconds))}"
        + (f" {escape(each_side)}" if point.bilateral else "")
        + "</p>"
        + f"<p>{escape(pressure_feel(point.press.pressure))}</p>"
    )
    cautions = "".join(f"<li>{escape(note)}</li>" for note in point.cautions.notes)
    sources = "".join(
        f"<li>{escape(catalogue.sources.get(key, key))}</li>"
        for key in catalogue.shown_sources(point)
    )
    references = (
        "<p>"
        + escape(
            QCoreApplication.translate(
                "PointDetail",
                "How to find it and some cautions also draw on acupuncture reference sites and "
                "datasets; these are not evidence that the point helps.",
            )
        )
        + "</p>"
        if len(catalogue.shown_sources(point)) < len(point.evidence.sources)
        else ""
    )
    none_specific = QCoreApplication.translate("PointDetail", "None specific.")
    sources_heading = QCoreApplication.translate("PointDetail", "Sources")
    return [
        (QCoreApplication.translate("PointDetail", "How to find it"), f"<ol>{steps}</ol>"),
        (QCoreApplication.translate("PointDetail", "How to press"), press),
        (
            QCoreApplication.translate("PointDetail", "What it is used for"),
            f"<p>{escape(point.uses)}</p>",
        ),
        (
            QCoreApplication.translate("PointDetail", "Cautions"),
            f"<ul>{cautions}</ul>" if cautions else f"<p>{escape(none_specific)}</p>",
        ),
        (
            QCoreApplication.translate("PointDetail", "Evidence"),
            f"<p>{escape(point.evidence.note)}</p><p><b>{escape(sources_heading)}</b></p>"
            f"<ul>{sources}</ul>{references}",
        ),
    ]


class PointDetail(VerticalScrollArea):
    """Shows one point: illustration with marker(s), names, badges, find / press / why / cautions / evidence.

    Signals:
        add_requested(str): "Add to session" was pressed for this point id.
    """

    add_requested = Signal(str)

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        body = QWidget()
        super().__init__(body, parent)
        self._catalogue = catalogue
        self._point: Point | None = None
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)
        self.illustration = IllustrationView(catalogue, body)
        self.illustration.setMinimumSize(160, 160)
        self.illustration.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.title = QLabel(body)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.title.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Ctrl+D: read the point
        self.subtitle = QLabel(body)
        self.subtitle.setWordWrap(True)
        self.badges = BadgeRow(body)
        self.text = ReadingText(body)
        self.text.setTextInteractionFlags(
            self.text.textInteractionFlags()
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.text.anchorClicked.connect(lambda url: self._on_text_link_activated(url.toString()))
        self.add_button = QPushButton(body)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.guides = GuideButtons(catalogue, body)
        for widget in (
            self.illustration,
            self.title,
            self.subtitle,
            self.badges,
            self.add_button,
            self.guides,
            self.text,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate_ui()

    @property
    def point(self) -> Point | None:
        """The point shown, or None."""
        return self._point

    def show_point(self, point: Point | None) -> None:
        """Show a point (None shows a hint to pick one)."""
        self._point = point
        self.illustration.set_point(point)
        self.illustration.setVisible(point is not None)
        self.add_button.setVisible(point is not None)
        self.guides.setVisible(point is not None)
        if point is None:
            self.title.setText(self.tr("Pick a point"))
            self.subtitle.setText(
                self.tr("Choose a card to see where the point is and how to press it.")
            )
            self.badges.set_badges([])
            self.text.clear()
            self._describe(None)
            return
        self.title.setText(f"{point.code} · {point.pinyin}")
        aliases = ", ".join(point.aliases)
        regions = ", ".join(region_name(r) for r in point.regions)
        subtitle = f"{point.hanzi} · {point.english} · {regions}"
        if aliases:
            subtitle += " · " + self.tr("also written %1").replace("%1", aliases)
        self.subtitle.setText(subtitle)
        self.badges.set_badges(badge_items(point))
        html = "".join(
            f"<h3>{escape(heading)}</h3>{body}"
            for heading, body in detail_sections(point, self._catalogue, self.tr)
        )
        self.text.setText(html)
        measures = measures_of_steps(point.locate)
        self.guides.set_measure(measures[0] if measures else None)
        self.verticalScrollBar().setValue(0)
        self._describe(point)

    def first_control(self) -> QWidget:
        """Where Ctrl+D puts the focus: the point's title, which a screen reader reads with
        how to find the point (Tab goes on to the button and the whole text)."""
        return self.title

    def _describe(self, point: Point | None) -> None:
        """What a screen reader says when the text takes the focus (Ctrl+D): the point's name,
        then how to find it, step by step."""
        self.setAccessibleName(self.tr("Point details"))
        self.text.setAccessibleName(self.tr("About this point"))
        if point is None:
            self.title.setAccessibleName(self.title.text())
            return
        # Orca reads a label by its name (never its description): both go in the name
        steps = " ".join(f"{number}. {step}" for number, step in enumerate(point.locate, start=1))
        self.title.setAccessibleName(
            self.tr("Point details: %1").replace("%1", f"{point.code} {point.pinyin}")
            + ". "
            + self.tr("How to find it: %1").replace("%1", steps)
        )

    def _on_text_link_activated(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind == "measure" and value.isdigit():
            open_finger_guide(self.window(), int(value))

    def _on_add_button_clicked(self) -> None:
        if self._point is not None:
            self.add_requested.emit(self._point.id)

    def retranslate_ui(self) -> None:
        """Reset translated texts."""
        self.add_button.setText(self.tr("Add to session"))
        self.add_button.setAccessibleName(self.tr("Add to session"))
        self.add_button.setToolTip(self.tr("Add this point to your session (Ctrl+Enter)"))
        # the catalogue may now hold translated texts: show the same point afresh
        self.show_point(self._catalogue.point(self._point.id) if self._point else None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # the picture takes at most half the pane, so the name and the first steps to find the
        # point are in sight without scrolling
        self.illustration.setMaximumHeight(max(160, round(self.viewport().height() * 0.5)))
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
