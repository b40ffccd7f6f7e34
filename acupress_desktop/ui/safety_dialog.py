"""The safety notice: self-care, not medical advice; when to see a doctor; red flags."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


def safety_html(tr: object = None) -> str:
    """The notice as HTML, every sentence translated in the "SafetyDialog" context.

    ``tr`` is no longer used (the sentences are literal ``translate`` calls so lupdate finds
    them); it stays so existing callers keep working.
    """
    del tr
    flags = [
        QCoreApplication.translate(
            "SafetyDialog",
            "new trouble passing urine, leaking, or not feeling when the bladder or bowel is full",
        ),
        QCoreApplication.translate(
            "SafetyDialog",
            "numbness or changed feeling around the genitals, the back passage, the buttocks or the inner thighs",
        ),
        QCoreApplication.translate(
            "SafetyDialog", "pain in both legs, or legs that are quickly getting weaker or clumsy"
        ),
        QCoreApplication.translate("SafetyDialog", "changes in sexual function"),
        QCoreApplication.translate("SafetyDialog", "back pain after a fall or an injury"),
        QCoreApplication.translate(
            "SafetyDialog", "fever, weight loss you cannot explain, or feeling generally unwell"
        ),
        QCoreApplication.translate("SafetyDialog", "a history of cancer"),
    ]
    heading = QCoreApplication.translate("SafetyDialog", "Before you start")
    opening = [
        QCoreApplication.translate(
            "SafetyDialog",
            "Acupress offers self-care information. It is not medical advice and it does not replace a doctor or a physiotherapist.",
        ),
        QCoreApplication.translate(
            "SafetyDialog",
            "See a doctor if your back pain lasts more than a few days, keeps coming back, or gets worse.",
        ),
    ]
    urgent = QCoreApplication.translate(
        "SafetyDialog",
        "Get urgent medical help at once, and do not use acupressure instead, if you have:",
    )
    closing = [
        QCoreApplication.translate(
            "SafetyDialog",
            "Press slowly and never so hard that it hurts: too much pressure is the most common cause of trouble. Do not press on broken or irritated skin, bruises, swelling, new scars or varicose veins.",
        ),
        QCoreApplication.translate(
            "SafetyDialog",
            "If you are pregnant, ask a professional first. Points marked “Avoid in pregnancy” or “Caution in pregnancy” are traditionally avoided, and pressure on the belly and lower back should be light.",
        ),
        QCoreApplication.translate(
            "SafetyDialog",
            "Take extra care, and ask your doctor, if you take blood thinners, bruise easily, have a clotting disorder, fragile skin, a past blood clot, a spinal injury or a bone disease.",
        ),
    ]
    items = "".join(f"<li>{flag}</li>" for flag in flags)
    return (
        f"<h2>{heading}</h2>"
        + "".join(f"<p>{text}</p>" for text in opening)
        + f"<p><b>{urgent}</b></p>"
        + f"<ul>{items}</ul>"
        + "".join(f"<p>{text}</p>" for text in closing)
    )


class SafetyDialog(QDialog):
    """Shown at first start and from Help → Safety notice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Safety notice"))
        self.setAccessibleName(self.tr("Safety notice"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.text = QLabel(safety_html(self.tr), self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("I understand"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setAccessibleName(self.tr("I understand"))
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        # a word-wrapped label does not grow its dialog: size it to the text at this width
        self.resize(640, 10)
        self.setMinimumHeight(layout.totalHeightForWidth(640))
