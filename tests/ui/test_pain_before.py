"""Pain before, asked at the start with one key: the digits answer during the first phase
(wherever the focus is in the window), "1" then "0" is 10, the answer is on the summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from acupress_desktop.ui.session.pain_prompt import PainTyping
from tests.person import press
from tests.ui.test_session_view import SessionHarness


@pytest.fixture()
def harness(qtbot, catalogue, tmp_path: Path) -> SessionHarness:  # type: ignore[no-untyped-def]
    return SessionHarness(qtbot, catalogue, tmp_path)


def test_digits_make_a_score_from_0_to_10() -> None:
    typing = PainTyping()
    assert typing.value is None
    assert [typing.type_digit(d) for d in (7, 1, 0, 0, 1, 4)] == [7, 1, 10, 0, 1, 4]
    typing.clear()
    assert typing.value is None
    with pytest.raises(ValueError):
        typing.type_digit(10)


def test_the_first_phase_asks_and_a_digit_answers(harness: SessionHarness) -> None:
    """At the start the question shows; 6 answers it where the focus is; 1 then 0 changes it to
    10; after the get-ready the question goes and digits do nothing; the summary has 10."""
    harness.start("BL23", "GV4")
    view = harness.view
    assert view.pain_prompt.isVisible()
    assert view.pain_prompt.text().startswith("How is the pain now, from 0 to 10?")
    press("6")
    assert view.pain_prompt.text().startswith("Pain before: 6 of 10.")
    press("1")
    press("0")
    assert view.pain_prompt.value == 10
    press(Qt.Key.Key_Right)  # on to the first press
    assert view.kind_label.text() == "Press"
    assert not view.pain_prompt.isVisible()
    press("3")
    assert view.pain_prompt.value == 10
    press(Qt.Key.Key_Escape)
    assert view.stack.currentWidget() is view.summary_page
    assert view.summary_page.pain_before.value() == 10


def test_skipping_the_question_leaves_no_score(harness: SessionHarness) -> None:
    harness.start("BL23")
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Escape)
    assert harness.view.summary_page.pain_before.value() == -1  # "not given"
