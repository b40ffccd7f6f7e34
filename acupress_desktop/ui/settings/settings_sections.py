"""The Settings dialog's groups of controls (look, sounds, safety, language, session, reminder)
and their texts, built by ``SettingsSections``, the dialog's first base class.

The texts keep the translation context "SettingsDialog": they are the dialog's own.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.core.breathing import CUSTOM, MAX_STAGE_SECONDS, PATTERNS
from acupress_desktop.storage.settings import (
    LANGUAGE_CHOICES,
    MAX_SWITCH_SECONDS,
    MAX_TEXT_SIZE,
    MIN_TEXT_SIZE,
    RANGES,
)
from acupress_desktop.ui.labels import breathing_name
from acupress_desktop.ui.widgets.common import TimeOfDayEdit

#: Language names in their own language (never translated, so everyone finds their own).
LANGUAGE_ENDONYMS: Mapping[str, str] = {"en": "English", "es": "Español"}


def fill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    """Replace a combo's items, keeping the chosen value."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, value in items:
        combo.addItem(text, value)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


def guidance_note(level: str) -> str:
    """What a level of spoken guidance says, for the note under the choice."""
    notes = {
        "none": QCoreApplication.translate(
            "SettingsDialog", "Nothing is said aloud; the sounds still play."
        ),
        "cues": QCoreApplication.translate(
            "SettingsDialog", "Says each change: “Get ready”, “Press”, “Switch sides”, “Rest”."
        ),
        "names": QCoreApplication.translate(
            "SettingsDialog",
            "Says each change and which point comes next: “Switch sides. Next: Hegu, right hand”.",
        ),
        "full": QCoreApplication.translate(
            "SettingsDialog",
            "Also says how to find each point before you press it, and “Halfway” in the middle "
            "of each press. A longer get-ready time leaves room for it.",
        ),
    }
    return notes.get(level, notes["names"])


def start_at_login_sense() -> str:
    """What "Start quietly at login" does, whole (its accessible name and tooltip)."""
    return QCoreApplication.translate(
        "SettingsDialog", "Start Acupress quietly when I log in, so the reminder can come"
    )


class SettingsSections:
    """Builds the Settings dialog's groups and sets their texts (mixed into SettingsDialog).

    Attributes:
        look_group, sounds_group, safety_group, language_group, session_group, reminder_group:
            the groups. The controls and their labels are described on SettingsDialog.
    """

    # -- building -----------------------------------------------------------------------------
    def _build_sections(
        self, content: QWidget, left: QVBoxLayout, right: QVBoxLayout, note_width: int
    ) -> None:
        """Build every group into the two columns; ``note_width`` is the notes' minimum width."""
        left.addWidget(self._build_look(content))
        left.addWidget(self._build_sounds(content))
        left.addWidget(self._build_safety(content, note_width))
        left.addWidget(self._build_language(content))
        left.addStretch(1)
        right.addWidget(self._build_session(content))
        right.addWidget(self._build_reminder(content, note_width))
        right.addStretch(1)
        for label, widget in (
            (self.theme_label, self.theme_combo),
            (self.text_size_label, self.text_size_spin),
            (self.volume_label, self.volume_slider),
            (self.language_label, self.language_combo),
            (self.guidance_label, self.guidance_combo),
            (self.breathing_label, self.breathing_combo),
            (self.point_seconds_label, self.point_seconds_spin),
            (self.ready_label, self.ready_spin),
            (self.switch_label, self.switch_spin),
            (self.rest_label, self.rest_spin),
            (self.reminder_time_label, self.reminder_time_edit),
        ):
            label.setBuddy(widget)

    def _build_look(self, content: QWidget) -> QGroupBox:
        self.look_group = QGroupBox(content)
        look = QFormLayout(self.look_group)
        self.theme_label, self.theme_combo = QLabel(self.look_group), QComboBox(self.look_group)
        self.text_size_label = QLabel(self.look_group)
        self.text_size_spin = QSpinBox(self.look_group)
        self.text_size_spin.setRange(int(MIN_TEXT_SIZE), int(MAX_TEXT_SIZE))
        self.text_sample = QLabel(self.look_group)
        self.text_sample.setWordWrap(True)
        self.reduced_motion_check = QCheckBox(self.look_group)
        look.addRow(self.theme_label, self.theme_combo)
        look.addRow(self.text_size_label, self.text_size_spin)
        look.addRow(self.text_sample)
        look.addRow(self.reduced_motion_check)
        return self.look_group

    def _build_sounds(self, content: QWidget) -> QGroupBox:
        self.sounds_group = QGroupBox(content)
        sounds = QFormLayout(self.sounds_group)
        self.sounds_check = QCheckBox(self.sounds_group)
        self.volume_label = QLabel(self.sounds_group)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal, self.sounds_group)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setSingleStep(5)
        self.volume_slider.setPageStep(10)
        self.volume_value = QLabel(self.sounds_group)
        self.volume_value.setMinimumWidth(
            self.volume_value.fontMetrics().horizontalAdvance("100 %")
        )
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume_slider, 1)
        volume_row.addWidget(self.volume_value)
        self.guidance_label = QLabel(self.sounds_group)
        self.guidance_combo = QComboBox(self.sounds_group)
        self.guidance_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.guidance_note = QLabel(self.sounds_group)
        self.guidance_note.setWordWrap(True)
        sounds.addRow(self.sounds_check)
        sounds.addRow(self.volume_label, volume_row)
        sounds.addRow(self.guidance_label, self.guidance_combo)
        sounds.addRow(self.guidance_note)
        self.sound_problem_label = QLabel(self.sounds_group)
        self.sound_problem_label.setObjectName("sessionNotice")
        self.sound_problem_label.setWordWrap(True)
        self.sound_problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sound_problem_label.hide()
        sounds.addRow(self.sound_problem_label)
        return self.sounds_group

    def _build_safety(self, content: QWidget, note_width: int) -> QGroupBox:
        self.safety_group = QGroupBox(content)
        safety = QVBoxLayout(self.safety_group)
        self.pregnant_check = QCheckBox(self.safety_group)
        self.pregnant_note = QLabel(self.safety_group)
        self.pregnant_note.setWordWrap(True)
        self.pregnant_note.setMinimumWidth(note_width)
        safety.addWidget(self.pregnant_check)
        safety.addWidget(self.pregnant_note)
        return self.safety_group

    def _build_language(self, content: QWidget) -> QGroupBox:
        self.language_group = QGroupBox(content)
        language = QFormLayout(self.language_group)
        self.language_label = QLabel(self.language_group)
        self.language_combo = QComboBox(self.language_group)
        language.addRow(self.language_label, self.language_combo)
        return self.language_group

    def _build_session(self, content: QWidget) -> QGroupBox:
        self.session_group = QGroupBox(content)
        session = QFormLayout(self.session_group)
        self.breathing_label = QLabel(self.session_group)
        self.breathing_combo = QComboBox(self.session_group)
        self.breathing_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        session.addRow(self.breathing_label, self.breathing_combo)
        custom = QGridLayout()
        self.custom_labels: list[QLabel] = []
        self.custom_spins: list[QDoubleSpinBox] = []
        for index in range(4):
            label = QLabel(self.session_group)
            spin = QDoubleSpinBox(self.session_group)
            spin.setRange(0.0, MAX_STAGE_SECONDS)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            label.setBuddy(spin)
            row, column = divmod(index, 2)
            custom.addWidget(label, row, 2 * column)
            custom.addWidget(spin, row, 2 * column + 1)
            self.custom_labels.append(label)
            self.custom_spins.append(spin)
        self.custom_heading = QLabel(self.session_group)
        session.addRow(self.custom_heading)
        session.addRow(custom)
        self.suggested_check = QCheckBox(self.session_group)
        session.addRow(self.suggested_check)
        self.point_seconds_label = QLabel(self.session_group)
        self.point_seconds_spin = self._seconds_spin("default_point_seconds", 5)
        self.ready_label = QLabel(self.session_group)
        self.ready_spin = self._seconds_spin("get_ready_seconds", 1)
        self.switch_label = QLabel(self.session_group)
        self.switch_spin = self._seconds_spin("switch_seconds", 1)
        self.switch_spin.setMaximum(MAX_SWITCH_SECONDS)
        self.rest_label = QLabel(self.session_group)
        self.rest_spin = self._seconds_spin("rest_seconds", 5)
        for label, seconds_spin in (
            (self.point_seconds_label, self.point_seconds_spin),
            (self.ready_label, self.ready_spin),
            (self.switch_label, self.switch_spin),
            (self.rest_label, self.rest_spin),
        ):
            session.addRow(label, seconds_spin)
        return self.session_group

    def _seconds_spin(self, name: str, step: int) -> QSpinBox:
        spin = QSpinBox(self.session_group)
        low, high = RANGES[name]
        spin.setRange(int(low), int(high))
        spin.setSingleStep(step)
        return spin

    def _build_reminder(self, content: QWidget, note_width: int) -> QGroupBox:
        self.reminder_group = QGroupBox(content)
        reminder = QFormLayout(self.reminder_group)
        self.reminder_check = QCheckBox(self.reminder_group)
        self.reminder_time_label = QLabel(self.reminder_group)
        self.reminder_time_edit = TimeOfDayEdit(self.reminder_group)
        self.reminder_time_edit.setDisplayFormat("HH:mm")
        self.reminder_note = QLabel(self.reminder_group)
        self.reminder_note.setWordWrap(True)
        self.reminder_note.setMinimumWidth(note_width)
        self.start_at_login_check = QCheckBox(self.reminder_group)
        reminder.addRow(self.reminder_check)
        reminder.addRow(self.reminder_time_label, self.reminder_time_edit)
        reminder.addRow(self.start_at_login_check)
        reminder.addRow(self.reminder_note)
        return self.reminder_group

    # -- texts --------------------------------------------------------------------------------
    def _retranslate_sections(self) -> None:
        """Set the texts and accessible names of every group and control (not the buttons)."""
        self.look_group.setTitle(QCoreApplication.translate("SettingsDialog", "Look"))
        self.sounds_group.setTitle(QCoreApplication.translate("SettingsDialog", "Sounds"))
        self.session_group.setTitle(QCoreApplication.translate("SettingsDialog", "Session"))
        self.safety_group.setTitle(QCoreApplication.translate("SettingsDialog", "Safety"))
        self.language_group.setTitle(QCoreApplication.translate("SettingsDialog", "Language"))
        self.reminder_group.setTitle(QCoreApplication.translate("SettingsDialog", "Reminder"))
        self._retranslate_look_and_sounds()
        self._retranslate_safety_and_language()
        self._retranslate_session()
        self._retranslate_reminder()
        self._set_accessible_names()

    def _retranslate_look_and_sounds(self) -> None:
        self.theme_label.setText(QCoreApplication.translate("SettingsDialog", "&Theme"))
        fill_combo(
            self.theme_combo,
            [
                (QCoreApplication.translate("SettingsDialog", "Follow the system"), "system"),
                (QCoreApplication.translate("SettingsDialog", "Light"), "light"),
                (QCoreApplication.translate("SettingsDialog", "Dark"), "dark"),
                (QCoreApplication.translate("SettingsDialog", "High contrast"), "high-contrast"),
            ],
        )
        self.text_size_label.setText(QCoreApplication.translate("SettingsDialog", "Text si&ze"))
        self.text_size_spin.setSuffix(QCoreApplication.translate("SettingsDialog", " pt"))
        self.text_sample.setText(
            QCoreApplication.translate(
                "SettingsDialog", "Sample: Point 2 of 5 · ST36 Zusanli · left leg"
            )
        )
        self.reduced_motion_check.setText(
            QCoreApplication.translate("SettingsDialog", "Re&duce motion: breathing guide in words")
        )
        self.sounds_check.setText(QCoreApplication.translate("SettingsDialog", "Play &sounds"))
        self.volume_label.setText(QCoreApplication.translate("SettingsDialog", "&Volume"))
        self.guidance_label.setText(
            QCoreApplication.translate("SettingsDialog", "S&poken guidance")
        )
        fill_combo(
            self.guidance_combo,
            [
                (QCoreApplication.translate("SettingsDialog", "None"), "none"),
                (QCoreApplication.translate("SettingsDialog", "Cues only"), "cues"),
                (QCoreApplication.translate("SettingsDialog", "Cues and point names"), "names"),
                (QCoreApplication.translate("SettingsDialog", "Full narration"), "full"),
            ],
        )
        self.guidance_note.setText(guidance_note(self.guidance_combo.currentData() or "names"))

    def _retranslate_safety_and_language(self) -> None:
        self.pregnant_check.setText(QCoreApplication.translate("SettingsDialog", "I a&m pregnant"))
        self.pregnant_note.setText(
            QCoreApplication.translate(
                "SettingsDialog",
                "Points marked “Avoid in pregnancy” or “Caution in pregnancy” are hidden from "
                "the point list, and Acupress asks before starting a routine that contains "
                "them. Ask a midwife or doctor before using acupressure in pregnancy.",
            )
        )
        self.language_label.setText(QCoreApplication.translate("SettingsDialog", "&Language"))
        fill_combo(
            self.language_combo,
            [(QCoreApplication.translate("SettingsDialog", "Same as the system"), "system")]
            + [(LANGUAGE_ENDONYMS[code], code) for code in LANGUAGE_CHOICES if code != "system"],
        )

    def _retranslate_session(self) -> None:
        self.breathing_label.setText(
            QCoreApplication.translate("SettingsDialog", "&Breathing guide")
        )
        fill_combo(
            self.breathing_combo,
            [
                (breathing_name(pattern_id), pattern_id)
                for pattern_id in (*[p for p in PATTERNS if p != "off"], CUSTOM, "off")
            ],
        )
        self.custom_heading.setText(QCoreApplication.translate("SettingsDialog", "Custom pattern:"))
        stage_names = (
            QCoreApplication.translate("SettingsDialog", "Breathe in"),
            QCoreApplication.translate("SettingsDialog", "Hold"),
            QCoreApplication.translate("SettingsDialog", "Breathe out"),
            QCoreApplication.translate("SettingsDialog", "Hold"),
        )
        accessible = (
            QCoreApplication.translate("SettingsDialog", "Custom pattern: breathe in, seconds"),
            QCoreApplication.translate(
                "SettingsDialog", "Custom pattern: hold after breathing in, seconds"
            ),
            QCoreApplication.translate("SettingsDialog", "Custom pattern: breathe out, seconds"),
            QCoreApplication.translate(
                "SettingsDialog", "Custom pattern: hold after breathing out, seconds"
            ),
        )
        for label, spin, name, full in zip(
            self.custom_labels, self.custom_spins, stage_names, accessible, strict=True
        ):
            label.setText(name)
            spin.setAccessibleName(full)
            spin.setSuffix(QCoreApplication.translate("SettingsDialog", " s"))
        self.suggested_check.setText(
            QCoreApplication.translate("SettingsDialog", "Use each point's su&ggested time")
        )
        self.point_seconds_label.setText(
            QCoreApplication.translate("SettingsDialog", "T&ime per point")
        )
        self.ready_label.setText(QCoreApplication.translate("SettingsDialog", "Get &ready"))
        self.switch_label.setText(QCoreApplication.translate("SettingsDialog", "S&witch sides"))
        self.rest_label.setText(
            QCoreApplication.translate("SettingsDialog", "R&est between points")
        )
        for int_spin in (self.point_seconds_spin, self.ready_spin, self.switch_spin,
                         self.rest_spin):  # fmt: skip
            int_spin.setSuffix(QCoreApplication.translate("SettingsDialog", " s"))
        self.point_seconds_spin.setToolTip(
            QCoreApplication.translate(
                "SettingsDialog", "Time per side for a point added to a session or a new routine."
            )
        )

    def _retranslate_reminder(self) -> None:
        self.reminder_check.setText(
            QCoreApplication.translate("SettingsDialog", "Remind me to practise every da&y")
        )
        self.reminder_time_label.setText(
            QCoreApplication.translate("SettingsDialog", "Time o&f day")
        )
        # short, so the dialog fits at large text; the whole sense is its name and tooltip
        self.start_at_login_check.setText(
            QCoreApplication.translate("SettingsDialog", "Start &quietly at login")
        )
        self.start_at_login_check.setToolTip(start_at_login_sense())
        self.reminder_note.setText(
            QCoreApplication.translate(
                "SettingsDialog",
                "The reminder appears in the notification area while Acupress is running. If "
                "Acupress was closed at that time, it appears when you open Acupress within "
                "two hours. Never more than once a day.",
            )
        )

    def _set_accessible_names(self) -> None:
        for widget, name in (
            (self.theme_combo, QCoreApplication.translate("SettingsDialog", "Theme")),
            (
                self.text_size_spin,
                QCoreApplication.translate("SettingsDialog", "Text size, in points"),
            ),
            (
                self.reduced_motion_check,
                QCoreApplication.translate("SettingsDialog", "Reduce motion"),
            ),
            (self.sounds_check, QCoreApplication.translate("SettingsDialog", "Play sounds")),
            (
                self.volume_slider,
                QCoreApplication.translate("SettingsDialog", "Volume, in percent"),
            ),
            (
                self.guidance_combo,
                QCoreApplication.translate("SettingsDialog", "Spoken guidance"),
            ),
            (self.pregnant_check, QCoreApplication.translate("SettingsDialog", "I am pregnant")),
            (self.language_combo, QCoreApplication.translate("SettingsDialog", "Language")),
            (self.breathing_combo, QCoreApplication.translate("SettingsDialog", "Breathing guide")),
            (
                self.suggested_check,
                QCoreApplication.translate("SettingsDialog", "Use each point's suggested time"),
            ),
            (
                self.point_seconds_spin,
                QCoreApplication.translate("SettingsDialog", "Time per point, in seconds"),
            ),
            (
                self.ready_spin,
                QCoreApplication.translate("SettingsDialog", "Get ready time, in seconds"),
            ),
            (
                self.switch_spin,
                QCoreApplication.translate("SettingsDialog", "Time to switch sides, in seconds"),
            ),
            (
                self.rest_spin,
                QCoreApplication.translate("SettingsDialog", "Rest between points, in seconds"),
            ),
            (self.reminder_check, QCoreApplication.translate("SettingsDialog", "Daily reminder")),
            (self.start_at_login_check, start_at_login_sense()),
            (
                self.reminder_time_edit,
                QCoreApplication.translate("SettingsDialog", "Reminder time of day"),
            ),
        ):
            widget.setAccessibleName(name)
        self.pregnant_check.setAccessibleDescription(self.pregnant_note.text())
        self.guidance_combo.setAccessibleDescription(self.guidance_note.text())
        self.reminder_check.setAccessibleDescription(self.reminder_note.text())
