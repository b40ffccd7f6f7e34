"""The safety notice: self-care, not medical advice; red flags in three tiers; pressure and pregnancy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from acupress_desktop.core.safety import RED_FLAG_TOPICS
from acupress_desktop.ui.help.red_flags import red_flags_html
from acupress_desktop.ui.help.text_pages import fitting_height, scrolling_page, text_label


def safety_html(tr: object = None) -> str:
    """The notice as HTML: self-care, the red flags in three tiers, pressure, skin and pregnancy.

    Every sentence is translated (the "SafetyDialog" and "RedFlags" contexts). ``tr`` is no
    longer used; it stays so existing callers keep working.
    """
    del tr
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
    flags_heading = QCoreApplication.translate(
        "SafetyDialog", "When to get help instead of using acupressure"
    )
    closing = [
        QCoreApplication.translate(
            "SafetyDialog",
            "Press slowly and never so hard that it hurts: too much pressure is the most common cause of trouble. Do not press on broken or irritated skin, bruises, swelling, new scars or varicose veins.",
        ),
        QCoreApplication.translate(
            "SafetyDialog",
            "If you are pregnant, ask your midwife or doctor before using acupressure, and do not press on your belly. “Avoid in pregnancy” on a point means: do not press it while you are pregnant. “Caution in pregnancy” means: press it only lightly, and only after asking a trained professional.",
        ),
        QCoreApplication.translate(
            "SafetyDialog",
            "Take extra care, and ask your doctor, if you take blood thinners, bruise easily, have a clotting disorder, fragile skin, a past blood clot, a spinal injury or a bone disease.",
        ),
    ]
    return (
        f"<h2>{heading}</h2>"
        + "".join(f"<p>{text}</p>" for text in opening)
        + f"<h3>{flags_heading}</h3>"
        + red_flags_html(RED_FLAG_TOPICS)
        + "".join(f"<p>{text}</p>" for text in closing)
    )


class SafetyDialog(QDialog):
    """Shown at first start and from Help → Safety notice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Safety notice"))
        self.setAccessibleName(self.tr("Safety notice"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.text = text_label(safety_html(self.tr))
        # the notice is long (three tiers of red flags): it scrolls inside a dialog that fits
        self.notice_area = scrolling_page(self.text, self.tr("Safety notice text"), self)
        layout.addWidget(self.notice_area, 1)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("I understand"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setAccessibleName(self.tr("I understand"))
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setAccessibleDescription(self.tr("Self-care information and when to get medical help"))
        self.resize(680, fitting_height(self, 720))
        self.ok_button.setFocus()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # gone from the a11y tree
