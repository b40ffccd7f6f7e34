"""The safety notice: self-care, not medical advice; when to see a doctor; red flags."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


def safety_html(tr: object) -> str:
    """The notice as HTML, every sentence translated by ``tr``."""
    t = tr if callable(tr) else (lambda s: s)
    flags = [
        t("new trouble passing urine, leaking, or not feeling when the bladder or bowel is full"),
        t(
            "numbness or changed feeling around the genitals, the back passage, the buttocks or the inner thighs"
        ),
        t("pain in both legs, or legs that are quickly getting weaker or clumsy"),
        t("changes in sexual function"),
        t("back pain after a fall or an injury"),
        t("fever, weight loss you cannot explain, or feeling generally unwell"),
        t("a history of cancer"),
    ]
    items = "".join(f"<li>{flag}</li>" for flag in flags)
    return (
        f"<h2>{t('Before you start')}</h2>"
        f"<p>{t('Acupress offers self-care information. It is not medical advice and it does not replace a doctor or a physiotherapist.')}</p>"
        f"<p>{t('See a doctor if your back pain lasts more than a few days, keeps coming back, or gets worse.')}</p>"
        f"<p><b>{t('Get urgent medical help at once, and do not use acupressure instead, if you have:')}</b></p>"
        f"<ul>{items}</ul>"
        f"<p>{t('Press slowly and never so hard that it hurts: too much pressure is the most common cause of trouble. Do not press on broken or irritated skin, bruises, swelling, new scars or varicose veins.')}</p>"
        f"<p>{t('If you are pregnant, ask a professional first. Points marked “Avoid in pregnancy” or “Caution in pregnancy” are traditionally avoided, and pressure on the belly and lower back should be light.')}</p>"
        f"<p>{t('Take extra care, and ask your doctor, if you take blood thinners, bruise easily, have a clotting disorder, fragile skin, a past blood clot, a spinal injury or a bone disease.')}</p>"
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
