"""The Settings dialog: look, sounds, session times, pregnancy caution, language, daily reminder.

The groups of controls and their texts are built by ``settings_sections``; the values and their
conversions are in ``settings_values``. This module holds the dialog: loading and reading the
values, checking them, OK, Apply and Restore defaults, and fitting the dialog on the screen.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from acupress_desktop.core.breathing import BREATHING_IDS, CUSTOM
from acupress_desktop.core.narration import DEFAULT_GUIDANCE
from acupress_desktop.resources import asset_path
from acupress_desktop.storage.settings import (
    LANGUAGE_CHOICES,
    THEME_CHOICES,
    Settings,
)
from acupress_desktop.ui.settings.settings_sections import SettingsSections, guidance_note
from acupress_desktop.ui.settings.settings_values import (
    EDITED_FIELDS,
    changed_fields,
    first_problem,
    percent_to_volume,
    qtime_from_text,
    text_from_qtime,
    text_size_to_spin,
    volume_to_percent,
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
QCheckBox::indicator:checked { background: palette(highlight); image: url(%(tick)s); }
QCheckBox::indicator:disabled { border-color: palette(placeholder-text); }
QCheckBox::indicator:checked:disabled { background: palette(placeholder-text); }
"""


class SettingsDialog(SettingsSections, QDialog):
    """Edits a copy of the settings; OK and Apply hand the result to whoever listens.

    Nothing here changes the app directly: the composition root applies what
    ``settings_applied`` carries (theme, text size, cues, reminder, ...).

    Signals:
        settings_applied(object): OK or Apply with changes: the edited Settings.

    Attributes:
        theme_combo, text_size_spin, reduced_motion_check, sounds_check, volume_slider,
        guidance_combo, breathing_combo, custom_spins, suggested_check, point_seconds_spin,
        ready_spin, switch_spin, rest_spin, pregnant_check, language_combo, reminder_check,
        reminder_time_edit, start_at_login_check, error_label, ok_button, apply_button, cancel_button,
        defaults_button: the controls (tests use them).
    """

    settings_applied = Signal(object)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = settings
        self._applied = settings
        self._updating = False
        self.setObjectName("settingsDialog")
        self._apply_checkbox_style()
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

        self._build_sections(content, left, right, note_width=self._em(20))

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
        for combo in (self.theme_combo, self.guidance_combo, self.breathing_combo,
                      self.language_combo):  # fmt: skip
            combo.currentIndexChanged.connect(self._on_control_changed)
            # a long choice may be cut at large text on a small screen (a 20 pt breathing
            # pattern's name at 1280×800): its whole text is the tooltip
            combo.currentTextChanged.connect(combo.setToolTip)
            combo.setToolTip(combo.currentText())
        for int_spin in (self.text_size_spin, self.point_seconds_spin, self.ready_spin,
                         self.switch_spin, self.rest_spin):  # fmt: skip
            int_spin.valueChanged.connect(self._on_control_changed)
        for double_spin in self.custom_spins:
            double_spin.valueChanged.connect(self._on_control_changed)
        for check in (self.reduced_motion_check, self.sounds_check,
                      self.suggested_check, self.pregnant_check, self.reminder_check,
                      self.start_at_login_check):  # fmt: skip
            check.toggled.connect(self._on_control_changed)
        self.volume_slider.valueChanged.connect(self._on_control_changed)
        self.reminder_time_edit.timeChanged.connect(self._on_control_changed)
        self._on_control_changed()
        self._fit_to_screen(content)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the focus goes to the controls
        self.theme_combo.setFocus(Qt.FocusReason.OtherFocusReason)  # the first one

    # -- building -----------------------------------------------------------------------------
    def _em(self, count: float) -> int:
        """``count`` widths of the letter M in the dialog's font, in pixels."""
        return round(count * self.fontMetrics().horizontalAdvance("M"))

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
            self.guidance_combo,
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
            self.start_at_login_check,
            self.ok_button,
            self.cancel_button,
            self.apply_button,
            self.defaults_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

    def _fit_to_screen(self, content: QWidget) -> None:
        """Open as large as the content needs, never larger than the screen (the content then
        scrolls down, never sideways: two columns that do not fit, the vertical scroll bar
        counted, become one)."""
        screen = self.screen()
        room = self._room() if screen is not None else None
        margins = self._outer.contentsMargins()
        extra_width = margins.left() + margins.right() + 24
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)

        def needed() -> QSize:
            layout = content.layout()
            if layout is not None:
                layout.activate()
            hint = content.sizeHint()
            height = (
                hint.height()
                + self.buttons.sizeHint().height()
                + 3 * self._outer.spacing()
                + margins.top()
                + margins.bottom()
                + 8
            )
            tall = room is not None and height > room.height()
            return QSize(hint.width() + extra_width + (scroll_bar if tall else 0), height)

        size = needed()
        if room is not None and size.width() > room.width():
            self.use_one_column()
            size = needed()
        if room is not None:
            size = size.boundedTo(room)
        self.resize(size)

    def set_sound_problems(self, problems: list[str]) -> None:
        """Why sounds or speech cannot play on this computer, under the sound settings."""
        self.sound_problem_label.setText("\n".join(problems))
        self.sound_problem_label.setVisible(bool(problems))

    def _refit_after_text_size(self) -> None:
        """A text size applied from this dialog: it grows (within the screen) so its columns
        are not cut; it goes to one column when two no longer fit."""
        content = self._scroll.widget()
        if content is None:
            return
        before = self.size()
        self._fit_to_screen(content)
        self.resize(self.size().expandedTo(before).boundedTo(self._room()))

    def _room(self) -> QSize:
        available = self.screen().availableGeometry().size()
        return QSize(available.width() - 40, available.height() - 60)

    def use_one_column(self) -> None:
        """Stack every group in one column (for narrow screens or very large text)."""
        if self._left.indexOf(self.session_group) >= 0:
            return  # already
        for group in (self.session_group, self.reminder_group):
            self._right.removeWidget(group)
            self._left.insertWidget(self._left.count() - 1, group)

    # -- texts --------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Set every translated text (again after a language change)."""
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self._scroll.setAccessibleName(self.tr("All settings"))
        self._retranslate_sections()
        self.ok_button.setText(self.tr("&OK"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.apply_button.setText(self.tr("&Apply"))
        self.defaults_button.setText(self.tr("Restore defa&ults"))
        for button, name in (
            (self.ok_button, self.tr("OK")),
            (self.cancel_button, self.tr("Cancel")),
            (self.apply_button, self.tr("Apply")),
            (self.defaults_button, self.tr("Restore defaults")),
        ):
            button.setAccessibleName(name)
        self._update_derived()

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
            self._choose(self.guidance_combo, settings.spoken_guidance, (DEFAULT_GUIDANCE,))
            self.pregnant_check.setChecked(settings.pregnant)
            self._choose(self.language_combo, settings.language, LANGUAGE_CHOICES)
            self._choose(self.breathing_combo, settings.breathing, BREATHING_IDS)
            for spin, value in zip(self.custom_spins, settings.custom_breathing, strict=True):
                spin.setValue(value)
            self.suggested_check.setChecked(settings.point_time_suggested)
            self.point_seconds_spin.setValue(settings.default_point_seconds)
            self.ready_spin.setValue(settings.get_ready_seconds)
            self.switch_spin.setValue(settings.switch_seconds)
            self.rest_spin.setValue(settings.rest_seconds)
            self.reminder_check.setChecked(settings.reminder_enabled)
            self.reminder_time_edit.setTime(qtime_from_text(settings.reminder_time))
            self.start_at_login_check.setChecked(settings.start_at_login)
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
            "spoken_guidance": self.guidance_combo.currentData() or DEFAULT_GUIDANCE,
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
            "start_at_login": self.start_at_login_check.isChecked(),
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
        custom = self.breathing_combo.currentData() == CUSTOM
        for widget in (*self.custom_spins, *self.custom_labels, self.custom_heading):
            widget.setEnabled(custom)
        sounds = self.sounds_check.isChecked()
        for widget in (self.volume_slider, self.volume_label, self.volume_value,
                       self.guidance_combo, self.guidance_label, self.guidance_note):  # fmt: skip
            widget.setEnabled(sounds)
        note = guidance_note(self.guidance_combo.currentData() or DEFAULT_GUIDANCE)
        self.guidance_note.setText(note)
        self.guidance_combo.setAccessibleDescription(note)
        fixed_time = not self.suggested_check.isChecked()
        self.point_seconds_spin.setEnabled(fixed_time)
        self.point_seconds_label.setEnabled(fixed_time)
        reminder = self.reminder_check.isChecked()
        self.reminder_time_edit.setEnabled(reminder)
        self.reminder_time_label.setEnabled(reminder)
        self.start_at_login_check.setEnabled(reminder)
        self.volume_value.setText(self.tr("%1 %").replace("%1", str(self.volume_slider.value())))
        font = QFont(self.text_sample.font())
        font.setPointSizeF(float(self.text_size_spin.value()))
        self.text_sample.setFont(font)

    def _apply_checkbox_style(self) -> None:
        """A ticked box shows a tick (not only a filled square), in the colour that reads on
        the highlight."""
        on = self.palette().color(QPalette.ColorRole.HighlightedText)
        tick = "icons/tick-ffffff.svg" if on.lightness() > 127 else "icons/tick-000000.svg"
        if getattr(self, "_tick", None) != tick:  # (restyling sends a palette change too)
            self._tick = tick
            self.setStyleSheet(CHECKBOX_STYLE % {"tick": asset_path(tick).as_posix()})

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange:  # a theme applied from this dialog
            self._apply_checkbox_style()
        elif event.type() == QEvent.Type.FontChange and self.isVisible():
            self._refit_after_text_size()
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
