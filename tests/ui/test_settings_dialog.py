"""The Settings dialog as a user meets it: shows the settings, edits a copy, applies on OK/Apply."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QScrollBar,
    QWidget,
)

from acupress_desktop.storage.settings import Settings
from acupress_desktop.ui.settings.settings_dialog import SettingsDialog
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

CONTROLS = (QAbstractButton, QComboBox, QAbstractSpinBox, QAbstractSlider)


@pytest.fixture()
def dialog(qtbot) -> SettingsDialog:  # type: ignore[no-untyped-def]
    """The dialog on settings that differ from the defaults in fields it does not edit too."""
    settings = Settings(
        safety_notice_seen=True, window_geometry="abcd", reminder_last_shown="2025-03-14"
    )
    built = SettingsDialog(settings)
    qtbot.addWidget(built)
    built.show()
    qtbot.waitExposed(built)
    return built


# -- pure helpers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("volume", "percent"), [(0.0, 0), (0.8, 80), (1.0, 100), (1.7, 100), (-1, 0)]
)
def test_volume_converts_to_a_clamped_percentage(volume: float, percent: int) -> None:
    """The slider shows 0–100 % of a 0–1 volume, clamped."""
    assert volume_to_percent(volume) == percent


def test_percentages_convert_back_to_volume() -> None:
    """And back again, clamped."""
    assert percent_to_volume(80) == 0.8
    assert percent_to_volume(150) == 1.0
    assert percent_to_volume(-5) == 0.0


@pytest.mark.parametrize(("size", "shown"), [(12.0, 12), (12.6, 13), (4.0, 10), (99.0, 20)])
def test_text_size_is_shown_as_whole_points_in_range(size: float, shown: int) -> None:
    """Sizes are whole points from 10 to 20."""
    assert text_size_to_spin(size) == shown


def test_reminder_times_convert_both_ways() -> None:
    """ "07:30" <-> QTime(7, 30); a bad text falls back to 19:00."""
    assert qtime_from_text("07:30") == QTime(7, 30)
    assert text_from_qtime(QTime(7, 5)) == "07:05"
    assert qtime_from_text("25:99") == QTime(19, 0)


def test_changed_fields_lists_only_what_differs() -> None:
    """Only edited fields that changed are reported."""
    before = Settings()
    after = replace(before, theme="dark", window_geometry="ff")
    assert changed_fields(before, after) == {"theme": "dark"}


def test_first_problem_names_an_invalid_edited_setting() -> None:
    """A custom pattern without breathing in is reported; valid settings report nothing."""
    assert first_problem(Settings()) == ""
    assert first_problem(Settings(custom_breathing=(0.0, 0.0, 6.0, 0.0))) == "custom_breathing"


# -- showing and editing --------------------------------------------------------------------


def test_controls_show_the_settings(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Every control starts at the value it edits."""
    settings = Settings(
        theme="dark",
        text_size=15.0,
        reduced_motion=True,
        muted=True,
        sound_volume=0.35,
        spoken_guidance="full",
        breathing="box",
        custom_breathing=(5.0, 1.0, 7.0, 2.0),
        point_time_suggested=False,
        default_point_seconds=90,
        get_ready_seconds=10,
        switch_seconds=8,
        rest_seconds=20,
        pregnant=True,
        language="es",
        reminder_enabled=True,
        reminder_time="07:45",
    )
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.theme_combo.currentData() == "dark"
    assert dialog.text_size_spin.value() == 15
    assert dialog.reduced_motion_check.isChecked()
    assert not dialog.sounds_check.isChecked()
    assert dialog.volume_slider.value() == 35
    assert dialog.guidance_combo.currentData() == "full"
    assert dialog.breathing_combo.currentData() == "box"
    assert [s.value() for s in dialog.custom_spins] == [5.0, 1.0, 7.0, 2.0]
    assert not dialog.suggested_check.isChecked()
    assert dialog.point_seconds_spin.value() == 90
    assert (dialog.ready_spin.value(), dialog.switch_spin.value(), dialog.rest_spin.value()) == (
        10,
        8,
        20,
    )
    assert dialog.pregnant_check.isChecked()
    assert dialog.language_combo.currentData() == "es"
    assert dialog.reminder_check.isChecked()
    assert dialog.reminder_time_edit.time() == QTime(7, 45)
    assert dialog.settings() == settings


def test_editing_changes_the_result_and_keeps_other_settings(dialog: SettingsDialog) -> None:
    """The result carries every edit; settings the dialog does not show pass through untouched."""
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("high-contrast"))
    dialog.text_size_spin.setValue(18)
    dialog.sounds_check.setChecked(False)
    dialog.volume_slider.setValue(55)
    dialog.pregnant_check.setChecked(True)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.reminder_check.setChecked(True)
    dialog.reminder_time_edit.setTime(QTime(6, 15))
    dialog.ready_spin.setValue(12)
    result = dialog.settings()
    assert (result.theme, result.text_size, result.muted, result.sound_volume) == (
        "high-contrast",
        18.0,
        True,
        0.55,
    )
    assert (result.pregnant, result.language) == (True, "en")
    assert (result.reminder_enabled, result.reminder_time) == (True, "06:15")
    assert result.get_ready_seconds == 12
    assert result.safety_notice_seen is True
    assert result.window_geometry == "abcd"
    assert result.reminder_last_shown == "2025-03-14"
    assert set(dialog.edited_values()) == set(EDITED_FIELDS)


def test_dependent_controls_are_enabled_only_when_they_matter(dialog: SettingsDialog) -> None:
    """Custom spins need "Custom"; volume needs sounds; the fixed time needs it chosen; the
    reminder time needs the reminder."""
    assert not any(spin.isEnabled() for spin in dialog.custom_spins)
    dialog.breathing_combo.setCurrentIndex(dialog.breathing_combo.findData("custom"))
    assert all(spin.isEnabled() for spin in dialog.custom_spins)
    dialog.sounds_check.setChecked(False)
    assert not dialog.volume_slider.isEnabled()
    assert not dialog.guidance_combo.isEnabled()
    assert not dialog.point_seconds_spin.isEnabled()
    dialog.suggested_check.setChecked(False)
    assert dialog.point_seconds_spin.isEnabled()
    assert not dialog.reminder_time_edit.isEnabled()
    assert not dialog.start_at_login_check.isEnabled()
    dialog.reminder_check.setChecked(True)
    assert dialog.reminder_time_edit.isEnabled()
    assert dialog.start_at_login_check.isEnabled()


def test_start_at_login_is_short_and_says_all_in_its_name_and_tooltip(
    dialog: SettingsDialog,
) -> None:
    """The box's label is short (the dialog fits at large text); its accessible name and tooltip
    say the whole of it; ticking it is what OK applies."""
    check = dialog.start_at_login_check
    whole = "Start Acupress quietly when I log in, so the reminder can come"
    assert check.text() == "Start &quietly at login"
    assert check.accessibleName() == whole
    assert check.toolTip() == whole
    dialog.reminder_check.setChecked(True)
    check.setChecked(True)
    assert dialog.settings().start_at_login
    assert changed_fields(Settings(), dialog.settings())["start_at_login"] is True


def test_an_unusable_custom_pattern_is_explained_and_blocks_ok(dialog: SettingsDialog) -> None:
    """Breathing in for 0 s is refused with a message; OK and Apply wait until it is fixed."""
    dialog.breathing_combo.setCurrentIndex(dialog.breathing_combo.findData("custom"))
    dialog.custom_spins[0].setValue(0.0)
    assert dialog.error_label.isVisible()
    assert "1 second" in dialog.error_label.text()
    assert not dialog.ok_button.isEnabled()
    assert not dialog.apply_button.isEnabled()
    assert dialog.apply() is False
    dialog.custom_spins[0].setValue(3.5)
    assert not dialog.error_label.isVisible()
    assert dialog.ok_button.isEnabled()
    assert dialog.settings().custom_breathing == (3.5, 0.0, 6.0, 0.0)


def test_text_size_shows_a_sample_at_that_size(dialog: SettingsDialog) -> None:
    """Changing the text size enlarges the sample line at once."""
    dialog.text_size_spin.setValue(20)
    assert dialog.text_sample.font().pointSizeF() == 20.0


def test_restore_defaults_fills_in_defaults_without_applying(qtbot, dialog: SettingsDialog) -> None:  # type: ignore[no-untyped-def]
    """Restore defaults changes the controls only; nothing is applied until OK or Apply."""
    dialog.pregnant_check.setChecked(True)
    dialog.text_size_spin.setValue(19)
    with qtbot.assertNotEmitted(dialog.settings_applied):
        dialog.defaults_button.click()
    result = dialog.settings()
    assert not result.pregnant
    assert result.text_size == 12.0
    assert result.window_geometry == "abcd"


# -- OK, Apply, Cancel ----------------------------------------------------------------------


def test_ok_applies_the_edits_and_closes(qtbot, dialog: SettingsDialog) -> None:  # type: ignore[no-untyped-def]
    """OK emits the edited settings once and closes the dialog."""
    dialog.pregnant_check.setChecked(True)
    with qtbot.waitSignal(dialog.settings_applied, timeout=1000) as blocker:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].pregnant is True
    assert not dialog.isVisible()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_apply_applies_and_stays_open(qtbot, dialog: SettingsDialog) -> None:  # type: ignore[no-untyped-def]
    """Apply emits, keeps the dialog open and is disabled until something changes again."""
    assert not dialog.apply_button.isEnabled()
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.settings_applied, timeout=1000) as blocker:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].theme == "dark"
    assert dialog.isVisible()
    assert not dialog.apply_button.isEnabled()
    with qtbot.assertNotEmitted(dialog.settings_applied):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_cancel_applies_nothing(qtbot, dialog: SettingsDialog) -> None:  # type: ignore[no-untyped-def]
    """Cancel (or Escape) closes without emitting anything."""
    dialog.pregnant_check.setChecked(True)
    with qtbot.assertNotEmitted(dialog.settings_applied):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# -- accessibility and keyboard -------------------------------------------------------------


def controls_of(dialog: SettingsDialog) -> list[QWidget]:
    return [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, CONTROLS) and not isinstance(w, QScrollBar) and w.isVisible()
    ]


def test_every_control_has_an_accessible_name(dialog: SettingsDialog) -> None:
    """A screen reader can name every button, box, spin box and slider."""
    unnamed = [
        f"{type(w).__name__}:{w.objectName()}"
        for w in controls_of(dialog)
        if not w.accessibleName() and not w.parent().inherits("QAbstractSpinBox")
    ]
    assert unnamed == []


def test_every_label_is_tied_to_its_control(dialog: SettingsDialog) -> None:
    """Each field label has a buddy, so its shortcut moves focus there."""
    labels = [dialog.theme_label, dialog.text_size_label, dialog.volume_label,
              dialog.language_label, dialog.breathing_label, dialog.point_seconds_label,
              dialog.ready_label, dialog.switch_label, dialog.rest_label,
              dialog.reminder_time_label, *dialog.custom_labels]  # fmt: skip
    for label in labels:
        assert label.buddy() is not None, label.text()


def test_shortcut_letters_are_unique(dialog: SettingsDialog) -> None:
    """No two Alt+letter shortcuts collide."""
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
    letters = [m.lower() for text in texts for m in re.findall(r"&([^&\s])", text)]
    assert len(letters) == len(set(letters)), letters


def test_alt_letter_moves_focus_to_the_control(qtbot, dialog: SettingsDialog) -> None:  # type: ignore[no-untyped-def]
    """Alt+T goes to the theme, Alt+M to "I am pregnant", Alt+F to the reminder time."""
    dialog.activateWindow()
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert dialog.theme_combo.hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert dialog.pregnant_check.hasFocus()  # (the tick itself follows a short click animation)
    dialog.reminder_check.setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert dialog.reminder_time_edit.hasFocus()


def test_tab_reaches_every_enabled_control(qtbot, dialog: SettingsDialog) -> None:  # type: ignore[no-untyped-def]
    """Tab alone walks through every control that can be used."""
    dialog.breathing_combo.setCurrentIndex(dialog.breathing_combo.findData("custom"))
    dialog.reminder_check.setChecked(True)
    dialog.suggested_check.setChecked(False)
    dialog.activateWindow()
    dialog.theme_combo.setFocus()
    wanted = {
        w
        for w in controls_of(dialog)
        if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    }
    reached: set[QWidget] = set()
    for _ in range(3 * len(wanted)):
        focused = dialog.focusWidget()
        if focused is not None:
            reached.add(focused)
        qtbot.keyClick(focused or dialog, Qt.Key.Key_Tab)
    missing = [f"{type(w).__name__}:{w.accessibleName()}" for w in wanted - reached]
    assert missing == []


def test_the_dialog_fits_a_small_screen_even_with_large_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    """On a small screen with large text the dialog stays on screen (its content scrolls)."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old = app.font()
    big = QFont(old)
    big.setPointSizeF(20.0)
    app.setFont(big)
    try:
        dialog = SettingsDialog(Settings(text_size=20.0))
        qtbot.addWidget(dialog)
        screen = dialog.screen().availableGeometry()
        assert dialog.width() <= screen.width()
        assert dialog.height() <= screen.height()
    finally:
        app.setFont(old)


def test_retranslate_keeps_the_chosen_values(dialog: SettingsDialog) -> None:
    """Re-setting the texts (language change) keeps every choice."""
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("light"))
    dialog.breathing_combo.setCurrentIndex(dialog.breathing_combo.findData("4-7-8"))
    before = dialog.settings()
    dialog.retranslate_ui()
    assert dialog.settings() == before


def test_settings_open_with_the_focus_on_the_first_control(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The dialog opens on the theme choice, not on its scroll area (a nameless stop)."""
    from PySide6.QtWidgets import QApplication

    from acupress_desktop.storage.settings import Settings
    from acupress_desktop.ui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=1000)
    assert QApplication.focusWidget() is dialog.theme_combo


def test_the_reminder_time_can_be_typed_after_its_shortcut(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Alt+F, then "8:30": the reminder is at 08:30 (typing was refused: no part was chosen)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from acupress_desktop.storage.settings import Settings
    from acupress_desktop.ui.settings.settings_dialog import SettingsDialog
    from tests.person import press, type_text

    dialog = SettingsDialog(Settings(reminder_enabled=True))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=1000)
    press(Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.reminder_time_edit
    type_text("8:30")
    assert dialog.settings().reminder_time == "08:30"


def test_a_larger_text_applied_from_the_dialog_does_not_cut_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Text size 20 applied while the dialog is open: it re-fits, nothing needs sideways
    scrolling (its right column was cut after a live change)."""
    from PySide6.QtWidgets import QApplication

    from acupress_desktop.storage.settings import Settings
    from acupress_desktop.ui.settings.settings_dialog import SettingsDialog
    from acupress_desktop.ui.theme import apply_theme

    app = QApplication.instance()
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        apply_theme(app, "high-contrast", 20.0)
        QApplication.processEvents()
        content = dialog._scroll.widget()
        assert content.minimumSizeHint().width() <= dialog._scroll.viewport().width()
    finally:
        apply_theme(app)
