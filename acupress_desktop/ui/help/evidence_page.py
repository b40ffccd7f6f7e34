"""Help → About the evidence: what is known about self-acupressure for back pain, honestly.

The summary follows the reference (points-addendum.md §6); the citations are the catalogue's
``overview_sources``. Each point's own evidence stays on its card.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.ui.help.text_pages import (
    add_close_button,
    fitting_height,
    scrolling_page,
    text_label,
)
from acupress_desktop.ui.labels import concern_name, escape


def evidence_sections() -> list[tuple[str, str]]:
    """(heading, paragraph) pairs in reading order, translated in the "Evidence" context."""
    return [
        (
            QCoreApplication.translate("Evidence", "In short"),
            QCoreApplication.translate(
                "Evidence",
                "Pressing acupressure points yourself is low-risk and may ease back pain for some "
                "people for a while. The evidence is modest: it comes mostly from small trials, "
                "or from trials in which a trained practitioner did the pressing. Staying active "
                "and exercising remain the main treatments for back pain. Whether one point works "
                "better than another is not known.",
            ),
        ),
        (
            QCoreApplication.translate("Evidence", "When a practitioner pressed"),
            QCoreApplication.translate(
                "Evidence",
                "Two trials in Taiwan, with 146 and 129 people with long-lasting low back pain, "
                "compared a month of acupressure given by practitioners with physical therapy. "
                "Pain and disability were lower after acupressure, and the difference lasted six "
                "months. A commentary in the BMJ called the effects unusually large.",
            ),
        ),
        (
            QCoreApplication.translate("Evidence", "When people pressed themselves"),
            QCoreApplication.translate(
                "Evidence",
                "In a pilot trial with 67 people with long-lasting low back pain, six weeks of "
                "daily self-acupressure, 3 minutes a point and about half an hour a day, left "
                "pain about a third lower than usual care; disability and sleep did not change. "
                "In a trial with 84 people, four weeks of daily self-acupressure at three points "
                "eased low back pain more than pressing sham points. No large trial of "
                "self-acupressure for back pain has been published.",
            ),
        ),
        (
            QCoreApplication.translate("Evidence", "Reviews"),
            QCoreApplication.translate(
                "Evidence",
                "A review of 23 trials with 2,400 people, most of them in China, found that "
                "acupressure eased pain more than physical therapy (moderate certainty) or usual "
                "care (low certainty). A smaller review of 6 trials found benefit in all of them "
                "and no serious harm. A review of Chinese-medicine treatments for neck and back "
                "pain found that acupressure may help in the short term. A Cochrane review of "
                "massage for low back pain rated its evidence low to very low.",
            ),
        ),
        (
            QCoreApplication.translate("Evidence", "Real and sham points"),
            QCoreApplication.translate(
                "Evidence",
                "In a trial of self-acupressure for knee arthritis, pressing sham points helped "
                "as much as pressing the real ones, and both did better than usual care. Part of "
                "the benefit may come from pressing and relaxing, not from the exact spot.",
            ),
        ),
        (
            concern_name("neck-upper-back"),  # the section is about that concern
            QCoreApplication.translate(
                "Evidence",
                "The only study is a small one: 33 women with neck pain were given acupressure "
                "at points including SI14, and their pain fell, but they were not compared with "
                "women who had no pressure.",
            ),
        ),
        (
            QCoreApplication.translate("Evidence", "What guidelines say"),
            QCoreApplication.translate(
                "Evidence",
                "The NICE guideline on low back pain and sciatica (NG59, UK) does not recommend "
                "acupuncture. It allows massage and other hands-on therapy only together with "
                "exercise, and it says nothing about acupressure in particular.",
            ),
        ),
        (
            QCoreApplication.translate("Evidence", "Harms"),
            QCoreApplication.translate(
                "Evidence",
                "In the trial of self-acupressure for back pain, the only harms were minor and "
                "came from pressing too hard. See the pressure scale, and the safety notice for "
                "when to get medical help instead.",
            ),
        ),
        (
            QCoreApplication.translate("Evidence", "In this app"),
            QCoreApplication.translate(
                "Evidence",
                "Point locations follow the WHO standard of 2008. Each point's card says what is "
                "known about that point, which is often only tradition or needling studies. "
                "The ways to find points and some cautions also draw on acupuncture reference "
                "books, websites and datasets; these are not evidence that a point helps.",
            ),
        ),
    ]


def evidence_html(catalogue: Catalogue) -> str:
    """The page as HTML: the sections, then the citations."""
    title = QCoreApplication.translate("Evidence", "About the evidence")
    sources = QCoreApplication.translate("Evidence", "Sources")
    body = "".join(f"<h3>{head}</h3><p>{text}</p>" for head, text in evidence_sections())
    items = "".join(
        f"<li>{escape(catalogue.sources[key])}</li>" for key in catalogue.overview_sources
    )
    return f"<h2>{title}</h2>{body}<h3>{sources}</h3><ul>{items}</ul>"


class EvidenceDialog(QDialog):
    """Help → About the evidence."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About the evidence"))
        self.setAccessibleName(self.tr("About the evidence"))
        layout = QVBoxLayout(self)
        self.text = text_label(evidence_html(catalogue))  # the app's texts; citations escaped
        self.page = scrolling_page(self.text, self.tr("About the evidence, text"), self)
        layout.addWidget(self.page, 1)
        self.close_button = add_close_button(self, layout)
        self.resize(680, fitting_height(self, 720))
