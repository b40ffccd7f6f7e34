"""The Settings dialog: look, sounds, session times, pregnancy caution, language, daily reminder."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.core.breathing import MAX_STAGE_SECONDS, PATTERNS
from acupress_desktop.core.reminder import parse_time_of_day
from acupress_desktop.storage.settings import (
    BREATHING_CHOICES,
    LANGUAGE_CHOICES,
    MAX_SWITCH_SECONDS,
    MAX_TEXT_SIZE,
    MIN_TEXT_SIZE,
    RANGES,
    THEME_CHOICES,
    Settings,
    invalid_fields,
)
from acupress_desktop.ui.routine_editor import breathing_name

#: The settings this dialog edits; every other field is passed through untouched.
EDITED_FIELDS: tuple[str, ...] = (
    "theme",
    "text_size",
    "reduced_motion",
    "muted",
    "sound_volume",
    "spoken_prompts",
    "breathing",
    "custom_breathing",
    "point_time_suggested",
    "default_point_seconds",
    "get_ready_seconds",
    "switch_seconds",
    "rest_seconds",
    "pregnant",
    "language",
    "reminder_enabled",
    "reminder_time",
)

#: Check boxes drawn as a bordered square, filled when ticked (Fusion draws the box's outline
#: from the window colour, which leaves it invisible on the dark and high-contrast themes), with
#: the same highlight frame on focus as the theme gives buttons and fields (sliders too).
CHECKBOX_STYLE = """
QCheckBox { border: 2px solid transparent; border-radius: 4px; padding: 1px 4px 1px 2px; }
QCheckBox:focus { border-color: palette(highlight); }
QSlider { border: 2px solid transparent; border-radius: 4px; }
QSlider:focus { border-color: palette(highlight); }
QCheckBox::indicator {
    width: 0.9em; height: 0.9em; border-radius: 3px;
    border: 2px solid palette(window-text); background: palette(base);
}
QCheckBox::indicator:checked { background: palette(highlight); }
QCheckBox::indicator:disabled { border-color: palette(placeholder-text); }
QCheckBox::indicator:checked:disabled { background: palette(placeholder-text); }
"""

#: Language names in their own language (never translated, so everyone finds their own).
LANGUAGE_ENDONYMS: Mapping[str, str] = {"en": "English", "es": "Español"}


# --------------------------------------------------------------------------------------------
# Pure helpers (tested on their own)
# --------------------------------------------------------------------------------------------


def volume_to_percent(volume: float) -> int:
    """0..1 volume -> 0..100 for the slider (clamped, rounded)."""
    return round(min(1.0, max(0.0, float(volume))) * 100)


def percent_to_volume(percent: int) -> float:
    """Slider 0..100 -> 0..1 volume (clamped)."""
    return min(100, max(0, int(percent))) / 100.0


def text_size_to_spin(size: float) -> int:
    """The text size (points, may be fractional) as the whole number the spin box shows."""
    return round(min(MAX_TEXT_SIZE, max(MIN_TEXT_SIZE, float(size))))


def qtime_from_text(text: str) -> QTime:
    """ "19:00" -> QTime; an invalid text gives the default 19:00."""
    try:
        value = parse_time_of_day(text)
    except ValueError:
        value = parse_time_of_day(Settings().reminder_time)
    return QTime(value.hour, value.minute)


def text_from_qtime(value: QTime) -> str:
    """QTime -> "HH:MM"."""
    return f"{value.hour():02d}:{value.minute():02d}"


def changed_fields(before: Settings, after: Settings) -> dict[str, Any]:
    """The settings that differ between two Settings, with their new values."""
    return {
        name: getattr(after, name)
        for name in EDITED_FIELDS
        if getattr(before, name) != getattr(after, name)
    }


def first_problem(settings: Settings) -> str:
    """The name of the first edited setting whose value is not valid ("" when all are)."""
    bad = [name for name in invalid_fields(settings) if name in EDITED_FIELDS]
    return bad[0] if bad else ""


# --------------------------------------------------------------------------------------------
# The dialog
# --------------------------------------------------------------------------------------------


class SettingsDialog(QDialog):
    """Edits a copy of the settings; OK and Apply hand the result to whoever listens.

    Nothing here changes the app directly: the composition root applies what
    ``settings_applied`` carries (theme, text size, cues, reminder, ...).

    Signals:
        settings_applied(object): OK or Apply with changes: the edited Settings.

    Attributes:
        theme_combo, text_size_spin, reduced_motion_check, sounds_check, volume_slider,
        spoken_check, breathing_combo, custom_spins, suggested_check, point_seconds_spin,
        ready_spin, switch_spin, rest_spin, pregnant_check, language_combo, reminder_check,
        reminder_time_edit, error_label, ok_button, apply_button, cancel_button,
        defaults_button: the controls (tests use them).
    """

    settings_applied = Signal(object)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = settings
        self._applied = settings
        self._updating = False
        self.setObjectName("settingsDialog")
        self.setStyleSheet(CHECKBOX_STYLE)
        outer = QVBoxLayout(self)
        self._outer = outer
        scroll = QScrollArea(self)
        self._scroll = scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        content = QWidget(scroll)
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 0, 0)
        left, right = QVBoxLayout(), QVBoxLayout()
        self._left, self._right = left, right
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        # Look
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
        left.addWidget(self.look_group)

        # Sounds
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
        self.spoken_check = QCheckBox(self.sounds_group)
        sounds.addRow(self.sounds_check)
        sounds.addRow(self.volume_label, volume_row)
        sounds.addRow(self.spoken_check)
        left.addWidget(self.sounds_group)

        # Safety
        self.safety_group = QGroupBox(content)
        safety = QVBoxLayout(self.safety_group)
        self.pregnant_check = QCheckBox(self.safety_group)
        self.pregnant_note = QLabel(self.safety_group)
        self.pregnant_note.setWordWrap(True)
        self.pregnant_note.setMinimumWidth(self._em(20))
        safety.addWidget(self.pregnant_check)
        safety.addWidget(self.pregnant_note)
        left.addWidget(self.safety_group)

        # Language
        self.language_group = QGroupBox(content)
        language = QFormLayout(self.language_group)
        self.language_label = QLabel(self.language_group)
        self.language_combo = QComboBox(self.language_group)
        language.addRow(self.language_label, self.language_combo)
        left.addWidget(self.language_group)
        left.addStretch(1)

        # Session
        self.session_group = QGroupBox(content)
        session = QFormLayout(self.session_group)
        self.breathing_label = QLabel(self.session_group)
        self.breathing_combo = QComboBox(self.session_group)
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
        right.addWidget(self.session_group)

        # Reminder
        self.reminder_group = QGroupBox(content)
        reminder = QFormLayout(self.reminder_group)
        self.reminder_check = QCheckBox(self.reminder_group)
        self.reminder_time_label = QLabel(self.reminder_group)
        self.reminder_time_edit = QTimeEdit(self.reminder_group)
        self.reminder_time_edit.setDisplayFormat("HH:mm")
        self.reminder_note = QLabel(self.reminder_group)
        self.reminder_note.setWordWrap(True)
        self.reminder_note.setMinimumWidth(self._em(20))
        reminder.addRow(self.reminder_check)
        reminder.addRow(self.reminder_time_label, self.reminder_time_edit)
        reminder.addRow(self.reminder_note)
        right.addWidget(self.reminder_group)
        right.addStretch(1)

        for label, widget in (
            (self.theme_label, self.theme_combo),
            (self.text_size_label, self.text_size_spin),
            (self.volume_label, self.volume_slider),
            (self.language_label, self.language_combo),
            (self.breathing_label, self.breathing_combo),
            (self.point_seconds_label, self.point_seconds_spin),
            (self.ready_label, self.ready_spin),
            (self.switch_label, self.switch_spin),
            (self.rest_label, self.rest_spin),
            (self.reminder_time_label, self.reminder_time_edit),
        ):
            label.setBuddy(widget)

        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("sessionNotice")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        outer.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.ok_button = self._button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self._button(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self._button(QDialogButtonBox.StandardButton.Apply)
        self.defaults_button = self._button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.ok_button.setDefault(True)
        outer.addWidget(self.buttons)
        self._set_tab_order()

        self.retranslate_ui()
        self._load(settings)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        self.defaults_button.clicked.connect(self.restore_defaults)
        for combo in (self.theme_combo, self.breathing_combo, self.language_combo):
            combo.currentIndexChanged.connect(self._on_control_changed)
        for int_spin in (self.text_size_spin, self.point_seconds_spin, self.ready_spin,
                         self.switch_spin, self.rest_spin):  # fmt: skip
            int_spin.valueChanged.connect(self._on_control_changed)
        for double_spin in self.custom_spins:
            double_spin.valueChanged.connect(self._on_control_changed)
        for check in (self.reduced_motion_check, self.sounds_check, self.spoken_check,
                      self.suggested_check, self.pregnant_check, self.reminder_check):  # fmt: skip
            check.toggled.connect(self._on_control_changed)
        self.volume_slider.valueChanged.connect(self._on_control_changed)
        self.reminder_time_edit.timeChanged.connect(self._on_control_changed)
        self._on_control_changed()
        self._fit_to_screen(content)

    # -- building -----------------------------------------------------------------------------
    def _em(self, count: float) -> int:
        """``count`` widths of the letter M in the dialog's font, in pixels."""
        return round(count * self.fontMetrics().horizontalAdvance("M"))

    def _seconds_spin(self, name: str, step: int) -> QSpinBox:
        spin = QSpinBox(self.session_group)
        low, high = RANGES[name]
        spin.setRange(int(low), int(high))
        spin.setSingleStep(step)
        return spin

    def _button(self, which: QDialogButtonBox.StandardButton) -> QPushButton:
        button = self.buttons.button(which)
        assert isinstance(button, QPushButton)
        return button

    def _set_tab_order(self) -> None:
        order: list[QWidget] = [
            self.theme_combo,
            self.text_size_spin,
            self.reduced_motion_check,
            self.sounds_check,
            self.volume_slider,
            self.spoken_check,
            self.pregnant_check,
            self.language_combo,
            self.breathing_combo,
            *self.custom_spins,
            self.suggested_check,
            self.point_seconds_spin,
            self.ready_spin,
            self.switch_spin,
            self.rest_spin,
            self.reminder_check,
            self.reminder_time_edit,
            self.ok_button,
            self.cancel_button,
            self.apply_button,
            self.defaults_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

    def _fit_to_screen(self, content: QWidget) -> None:
        """Open as large as the content needs, in one column on a narrow screen, never larger
        than the screen (the content scrolls then)."""
        screen = self.screen()
        available = screen.availableGeometry().size() if screen is not None else None
        margins = self._outer.contentsMargins()
        extra_width = margins.left() + margins.right() + 24
        if available is not None and content.sizeHint().width() + extra_width > available.width():
            self.use_one_column()
        layout = content.layout()
        if layout is not None:
            layout.activate()
        hint = content.sizeHint()
        width = hint.width() + extra_width
        height = (
            hint.height()
            + self.buttons.sizeHint().height()
            + 3 * self._outer.spacing()
            + margins.top()
            + margins.bottom()
            + 8
        )
        if available is not None:
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 60)
        self.resize(width, height)

    def use_one_column(self) -> None:
        """Stack every group in one column (for narrow screens or very large text)."""
        for group in (self.session_group, self.reminder_group):
            self._right.removeWidget(group)
            self._left.insertWidget(self._left.count() - 1, group)

    # -- texts --------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Set every translated text (again after a language change)."""
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self._scroll.setAccessibleName(self.tr("All settings"))
        self.look_group.setTitle(self.tr("Look"))
        self.sounds_group.setTitle(self.tr("Sounds"))
        self.session_group.setTitle(self.tr("Session"))
        self.safety_group.setTitle(self.tr("Safety"))
        self.language_group.setTitle(self.tr("Language"))
        self.reminder_group.setTitle(self.tr("Reminder"))

        self.theme_label.setText(self.tr("&Theme"))
        self._fill_combo(
            self.theme_combo,
            [
                (self.tr("Follow the system"), "system"),
                (self.tr("Light"), "light"),
                (self.tr("Dark"), "dark"),
                (self.tr("High contrast"), "high-contrast"),
            ],
        )
        self.text_size_label.setText(self.tr("Text si&ze"))
        self.text_size_spin.setSuffix(self.tr(" pt"))
        self.text_sample.setText(self.tr("Sample: Point 2 of 5 · ST36 Zusanli · left leg"))
        self.reduced_motion_check.setText(self.tr("Re&duce motion: breathing guide in words"))

        self.sounds_check.setText(self.tr("Play &sounds"))
        self.volume_label.setText(self.tr("&Volume"))
        self.spoken_check.setText(self.tr("Speak &prompts aloud"))

        self.pregnant_check.setText(self.tr("I a&m pregnant"))
        self.pregnant_note.setText(
            self.tr(
                "Points marked “Avoid in pregnancy” or “Caution in pregnancy” are hidden from "
                "the point list, and Acupress asks before starting a routine that contains "
                "them. Ask a midwife or doctor before using acupressure in pregnancy."
            )
        )

        self.language_label.setText(self.tr("&Language"))
        self._fill_combo(
            self.language_combo,
            [(self.tr("Same as the system"), "system")]
            + [(LANGUAGE_ENDONYMS[code], code) for code in LANGUAGE_CHOICES if code != "system"],
        )

        self.breathing_label.setText(self.tr("&Breathing guide"))
        self._fill_combo(
            self.breathing_combo,
            [
                (self.tr("Custom") if pattern_id == "custom" else breathing_name(pattern_id),
                 pattern_id)
                for pattern_id in (*[p for p in PATTERNS if p != "off"], "custom", "off")
            ],
        )  # fmt: skip
        self.custom_heading.setText(self.tr("Custom pattern:"))
        stage_names = (
            self.tr("Breathe in"),
            self.tr("Hold"),
            self.tr("Breathe out"),
            self.tr("Hold"),
        )
        accessible = (
            self.tr("Custom pattern: breathe in, seconds"),
            self.tr("Custom pattern: hold after breathing in, seconds"),
            self.tr("Custom pattern: breathe out, seconds"),
            self.tr("Custom pattern: hold after breathing out, seconds"),
        )
        for label, spin, name, full in zip(
            self.custom_labels, self.custom_spins, stage_names, accessible, strict=True
        ):
            label.setText(name)
            spin.setAccessibleName(full)
            spin.setSuffix(self.tr(" s"))
        self.suggested_check.setText(self.tr("Use each point's su&ggested time"))
        self.point_seconds_label.setText(self.tr("T&ime per point"))
        self.ready_label.setText(self.tr("Get &ready"))
        self.switch_label.setText(self.tr("S&witch sides"))
        self.rest_label.setText(self.tr("R&est between points"))
        for int_spin in (self.point_seconds_spin, self.ready_spin, self.switch_spin,
                         self.rest_spin):  # fmt: skip
            int_spin.setSuffix(self.tr(" s"))
        self.point_seconds_spin.setToolTip(
            self.tr("Time per side for a point added to a session or a new routine.")
        )

        self.reminder_check.setText(self.tr("Remind me to practise every da&y"))
        self.reminder_time_label.setText(self.tr("Time o&f day"))
        self.reminder_note.setText(
            self.tr(
                "The reminder appears in the notification area while Acupress is running. If "
                "Acupress was closed at that time, it appears when you open Acupress within "
                "two hours. Never more than once a day."
            )
        )

        self.ok_button.setText(self.tr("&OK"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.apply_button.setText(self.tr("&Apply"))
        self.defaults_button.setText(self.tr("Restore defa&ults"))
        self._set_accessible_names()
        self._update_derived()

    def _set_accessible_names(self) -> None:
        for widget, name in (
            (self.theme_combo, self.tr("Theme")),
            (self.text_size_spin, self.tr("Text size, in points")),
            (self.reduced_motion_check, self.tr("Reduce motion")),
            (self.sounds_check, self.tr("Play sounds")),
            (self.volume_slider, self.tr("Volume, in percent")),
            (self.spoken_check, self.tr("Speak prompts aloud")),
            (self.pregnant_check, self.tr("I am pregnant")),
            (self.language_combo, self.tr("Language")),
            (self.breathing_combo, self.tr("Breathing guide")),
            (self.suggested_check, self.tr("Use each point's suggested time")),
            (self.point_seconds_spin, self.tr("Time per point, in seconds")),
            (self.ready_spin, self.tr("Get ready time, in seconds")),
            (self.switch_spin, self.tr("Time to switch sides, in seconds")),
            (self.rest_spin, self.tr("Rest between points, in seconds")),
            (self.reminder_check, self.tr("Daily reminder")),
            (self.reminder_time_edit, self.tr("Reminder time of day")),
            (self.ok_button, self.tr("OK")),
            (self.cancel_button, self.tr("Cancel")),
            (self.apply_button, self.tr("Apply")),
            (self.defaults_button, self.tr("Restore defaults")),
        ):
            widget.setAccessibleName(name)
        self.pregnant_check.setAccessibleDescription(self.pregnant_note.text())
        self.reminder_check.setAccessibleDescription(self.reminder_note.text())

    def _fill_combo(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        """Replace a combo's items, keeping the chosen value."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, value in items:
            combo.addItem(text, value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    # -- values -------------------------------------------------------------------------------
    def _load(self, settings: Settings) -> None:
        """Show these settings' values in the controls."""
        self._updating = True
        try:
            self._choose(self.theme_combo, settings.theme, THEME_CHOICES)
            self.text_size_spin.setValue(text_size_to_spin(settings.text_size))
            self.reduced_motion_check.setChecked(settings.reduced_motion)
            self.sounds_check.setChecked(not settings.muted)
            self.volume_slider.setValue(volume_to_percent(settings.sound_volume))
            self.spoken_check.setChecked(settings.spoken_prompts)
            self.pregnant_check.setChecked(settings.pregnant)
            self._choose(self.language_combo, settings.language, LANGUAGE_CHOICES)
            self._choose(self.breathing_combo, settings.breathing, BREATHING_CHOICES)
            for spin, value in zip(self.custom_spins, settings.custom_breathing, strict=True):
                spin.setValue(value)
            self.suggested_check.setChecked(settings.point_time_suggested)
            self.point_seconds_spin.setValue(settings.default_point_seconds)
            self.ready_spin.setValue(settings.get_ready_seconds)
            self.switch_spin.setValue(settings.switch_seconds)
            self.rest_spin.setValue(settings.rest_seconds)
            self.reminder_check.setChecked(settings.reminder_enabled)
            self.reminder_time_edit.setTime(qtime_from_text(settings.reminder_time))
        finally:
            self._updating = False
        self._on_control_changed()

    @staticmethod
    def _choose(combo: QComboBox, value: str, choices: tuple[str, ...]) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else max(0, combo.findData(choices[0])))

    def edited_values(self) -> dict[str, Any]:
        """The values of every setting this dialog edits (see EDITED_FIELDS)."""
        return {
            "theme": self.theme_combo.currentData() or "system",
            "text_size": float(self.text_size_spin.value()),
            "reduced_motion": self.reduced_motion_check.isChecked(),
            "muted": not self.sounds_check.isChecked(),
            "sound_volume": percent_to_volume(self.volume_slider.value()),
            "spoken_prompts": self.spoken_check.isChecked(),
            "breathing": self.breathing_combo.currentData() or "relaxed",
            "custom_breathing": tuple(round(spin.value(), 1) for spin in self.custom_spins),
            "point_time_suggested": self.suggested_check.isChecked(),
            "default_point_seconds": self.point_seconds_spin.value(),
            "get_ready_seconds": self.ready_spin.value(),
            "switch_seconds": self.switch_spin.value(),
            "rest_seconds": self.rest_spin.value(),
            "pregnant": self.pregnant_check.isChecked(),
            "language": self.language_combo.currentData() or "system",
            "reminder_enabled": self.reminder_check.isChecked(),
            "reminder_time": text_from_qtime(self.reminder_time_edit.time()),
        }

    def settings(self) -> Settings:
        """The settings as edited (fields the dialog does not show are kept as given)."""
        return replace(self._original, **self.edited_values())

    def problem(self) -> str:
        """Why the settings cannot be applied yet, in words ("" when they can)."""
        name = first_problem(self.settings())
        if not name:
            return ""
        if name == "custom_breathing":
            return self.tr(
                "The custom breathing pattern needs at least 1 second to breathe in and "
                "1 second to breathe out."
            )
        if name == "reminder_time":
            return self.tr("The reminder time must look like 19:00 (hours and minutes).")
        return self.tr("This value is not allowed: %1").replace("%1", name)

    def apply(self) -> bool:
        """Apply: emit settings_applied when something changed; False when a value is invalid."""
        if self.problem():
            return False
        edited = self.settings()
        if changed_fields(self._applied, edited):
            self._applied = edited
            self.settings_applied.emit(edited)
        self._on_control_changed()
        return True

    def restore_defaults(self) -> None:
        """Put the default values in the controls (applied only with OK or Apply)."""
        defaults = Settings()
        self._load(replace(self.settings(), **{n: getattr(defaults, n) for n in EDITED_FIELDS}))

    # -- handlers -----------------------------------------------------------------------------
    def _on_buttons_accepted(self) -> None:
        if self.apply():
            self.accept()

    def _on_control_changed(self, *args: object) -> None:
        if self._updating:
            return
        self._update_derived()
        problem = self.problem()
        self.error_label.setText(problem)
        self.error_label.setVisible(bool(problem))
        self.ok_button.setEnabled(not problem)
        self.apply_button.setEnabled(
            not problem and bool(changed_fields(self._applied, self.settings()))
        )

    def _update_derived(self) -> None:
        """Enable what depends on another control; keep the sample text and volume in step."""
        custom = self.breathing_combo.currentData() == "custom"
        for widget in (*self.custom_spins, *self.custom_labels, self.custom_heading):
            widget.setEnabled(custom)
        sounds = self.sounds_check.isChecked()
        for widget in (self.volume_slider, self.volume_label, self.volume_value,
                       self.spoken_check):  # fmt: skip
            widget.setEnabled(sounds)
        fixed_time = not self.suggested_check.isChecked()
        self.point_seconds_spin.setEnabled(fixed_time)
        self.point_seconds_label.setEnabled(fixed_time)
        reminder = self.reminder_check.isChecked()
        self.reminder_time_edit.setEnabled(reminder)
        self.reminder_time_label.setEnabled(reminder)
        self.volume_value.setText(self.tr("%1 %").replace("%1", str(self.volume_slider.value())))
        font = QFont(self.text_sample.font())
        font.setPointSizeF(float(self.text_size_spin.value()))
        self.text_sample.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def preview() -> None:  # pragma: no cover - manual check
    """Open the dialog on the default settings and print what OK/Apply would apply."""
    import sys

    from PySide6.QtWidgets import QApplication

    from acupress_desktop.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    apply_theme(app)
    dialog = SettingsDialog(Settings())
    dialog.settings_applied.connect(lambda s: print(changed_fields(Settings(), s)))
    dialog.show()
    app.exec()


if __name__ == "__main__":  # pragma: no cover
    preview()
