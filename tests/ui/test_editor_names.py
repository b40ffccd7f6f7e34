"""The routine editor applies the same name rule as the routine list and the importer."""

from __future__ import annotations

import pytest

from acupress_desktop.ui.routines.routine_editor import RoutineEditor


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("Evening\u200b", "already exists"),  # looks exactly like the saved "Evening"
        ("\u3164Evening", "already exists"),
        ("Evening \u202egninrom", "direction of the text"),
        ("Evening\u2028walk", "one line"),
        ("\u3164\u3164", "show nothing"),
    ],
)
def test_the_editor_says_why_a_name_cannot_be_saved(qtbot, catalogue, typed: str, why: str) -> None:  # type: ignore[no-untyped-def]
    """The message under the name says why, and Save waits until the name is fixed."""
    editor = RoutineEditor(catalogue, None, ["Evening"])
    qtbot.addWidget(editor)
    editor.point_combo.setCurrentIndex(editor.point_combo.findData("LI4"))
    editor.add_button.click()
    editor.name_edit.setText(typed)
    assert why in editor.error_label.text()
    assert not editor.save_button.isEnabled()
    editor.name_edit.setText("Evening walk")
    assert editor.save_button.isEnabled()
