"""A guided session as the user drives it: start from the browser, keys, cues, summary, back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QWidget

from acupress_desktop.app.composition import Acupress
from acupress_desktop.controllers.cues import CuePlayer
from acupress_desktop.resources import asset_path
from acupress_desktop.ui.accessibility import spoken_milestone
from tests.fakes import FakeClock, ManualTicker
from tests.fakes_cues import FakeAudio
from tests.person import focused, press, type_text


class SessionHarness:
    """The app's services on a fake clock, manual tickers and fake audio, window shown."""

    def __init__(self, qtbot, catalogue, data_dir: Path, guidance: str = "none") -> None:  # type: ignore[no-untyped-def]  # fmt: skip
        """``guidance``: the spoken guidance setting. None by default, so a session runs to the
        routine's own times: with a voice, a 5 s get-ready or switch is given room for its
        sentence (tests/controllers/test_session_controller.py, test_narration.py)."""
        self.clock = FakeClock()
        self.audio = FakeAudio()
        self.tickers: list[ManualTicker] = []
        cues = CuePlayer(
            asset_path("sounds"),
            sound_factory=self.audio.sound_factory,
            speech_factory=self.audio.speech_factory,
            clock=self.clock,
        )
        self.services = Acupress(
            catalogue, data_dir, clock=self.clock, cues=cues, ticker_factory=self._ticker
        )
        self.services.settings.update(spoken_guidance=guidance)
        self.window = self.services.window
        self.view = self.services.session.view()
        qtbot.addWidget(self.window)
        self.window.resize(1280, 820)
        self.window.show()
        qtbot.waitExposed(self.window)

    def _ticker(self) -> ManualTicker:
        ticker = ManualTicker()
        self.tickers.append(ticker)
        return ticker

    @property
    def ticker(self) -> ManualTicker:
        return self.tickers[0]

    def run(self, seconds: float) -> None:
        """Let the session run for ``seconds`` with a punctual event loop."""
        self.ticker.run_until(self.clock, self.clock.now() + seconds)
        self.clock.time = max(self.clock.time, self.clock.time)

    def start(self, *point_ids: str) -> None:
        for point_id in point_ids:
            self.window.session_list.add_point(point_id)
        self.window.session_list.start_button.click()


@pytest.fixture()
def harness(qtbot, catalogue, tmp_path: Path) -> SessionHarness:  # type: ignore[no-untyped-def]
    return SessionHarness(qtbot, catalogue, tmp_path)


def test_adding_points_from_the_detail_pane_and_by_keyboard(harness: SessionHarness, qtbot) -> None:  # type: ignore[no-untyped-def]
    """ "Add to session" and Ctrl+Enter put the shown point in the session list with its time."""
    harness.services.browse.state.select_point("BL23")
    harness.window.detail.add_button.click()
    harness.services.browse.state.select_point("GV4")
    harness.window.add_action.trigger()
    steps = harness.window.session_list.steps()
    assert [(s.point_id, s.seconds) for s in steps] == [("BL23", 60), ("GV4", 60)]
    assert harness.window.session_list.start_button.isEnabled()


def test_session_list_reorders_by_keyboard_and_retimes(harness: SessionHarness, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Alt+Up moves the selected point earlier, Delete removes it, the spin box sets its time."""
    session_list = harness.window.session_list
    for point_id in ("LI4", "SP6", "GV4"):
        session_list.add_point(point_id)
    session_list.list.setFocus()
    qtbot.keyClick(session_list.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [s.point_id for s in session_list.steps()] == ["LI4", "GV4", "SP6"]
    session_list.time_spin.setValue(90)
    assert session_list.steps()[1].seconds == 90
    qtbot.keyClick(session_list.list, Qt.Key.Key_Delete)
    assert [s.point_id for s in session_list.steps()] == ["LI4", "SP6"]


def test_start_shows_the_session_page_with_the_first_point(qtbot, catalogue, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """Start, with the default spoken guidance: the session page shows "Point 1 of 2 · BL23
    Shenshu · left side" and the get-ready count (the routine's 5 s and room for its sentence
    before the 3-2-1), and the voice says the point."""
    harness = SessionHarness(qtbot, catalogue, tmp_path, guidance="names")
    harness.start("BL23", "GV4")
    assert harness.window.pages.currentWidget() is harness.view
    assert harness.view.title.text() == "Point 1 of 2 · BL23 Shenshu · left side"
    assert harness.view.kind_label.text() == "Get ready"
    assert harness.view.ring.shown_seconds == 8
    assert harness.view.illustration.point.id == "BL23"
    assert harness.audio.started()[0] == "say Get ready. First: Shenshu, left side"


def test_countdown_follows_the_clock(harness: SessionHarness) -> None:
    """After 5 s of get ready and 12 s of pressing, the ring shows 48 on the left side."""
    harness.start("BL23")
    harness.run(17)
    assert harness.view.kind_label.text() == "Press"
    assert harness.view.ring.shown_seconds == 48
    assert harness.view.illustration.active_side == "left"
    assert "right side" in harness.view.next_label.text()


def test_keys_pause_skip_add_time_and_stop(harness: SessionHarness, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Space pauses and resumes, Right skips, + adds 30 s, Esc stops and shows the summary."""
    harness.start("BL23", "GV4")
    page = harness.view.running_page
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert harness.services.session.controller().snapshot().paused
    assert harness.view.pause_button.text() == "Resume"
    qtbot.keyClick(
        harness.view.pause_button, Qt.Key.Key_Space
    )  # Space on a focused button still pauses
    assert not harness.services.session.controller().snapshot().paused
    qtbot.keyClick(page, Qt.Key.Key_Right)
    assert harness.view.kind_label.text() == "Press"
    qtbot.keyClick(page, Qt.Key.Key_Plus)
    assert harness.view.ring.shown_seconds == 90
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert harness.view.stack.currentWidget() is harness.view.summary_page
    assert harness.view.summary_page.summary_title.text() == "Session stopped"


def test_whole_session_ends_with_a_summary_and_a_record(harness: SessionHarness, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A finished session shows the summary; pain scores go with the saved record; back to browsing."""
    harness.start("GV4")
    harness.run(200)
    view = harness.view
    assert view.summary_page.summary_title.text() == "Session complete"
    assert "Points done: 1 of 1" in view.summary_page.summary_text.text()
    view.summary_page.pain_before.setValue(6)
    view.summary_page.pain_after.setValue(3)
    view.summary_page.done_button.click()
    record = harness.services.history.repository().list()[0]
    assert (record.pain_before, record.pain_after, record.finished) == (6, 3, True)
    assert harness.window.pages.currentWidget() is harness.window.tabs


def test_cues_reach_the_audio(qtbot, catalogue, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The get-ready prompt, the 3-2-1 ticks and the chime reach the (fake) audio in order (the
    5 s get-ready has 8 s: room for its sentence before the count)."""
    harness = SessionHarness(qtbot, catalogue, tmp_path, guidance="names")
    harness.start("GV4")
    for _ in range(8):  # each sound finishes within its second, as the real ones do
        harness.audio.finish_all()
        harness.run(1)
    harness.audio.finish_all()
    started = harness.audio.started()
    assert started[0] == "say Get ready. First: Mingmen, on the spine"
    assert started[1:5] == ["tick", "tick", "tick", "chime"]


def test_mute_key_silences_this_session_only(harness: SessionHarness) -> None:
    """M (pressed where the focus is) mutes this session's cues and the button says Unmute;
    "Play sounds" stays on, and the next session has its sounds (M turned them off for good)."""
    harness.window.activateWindow()
    harness.start("GV4")
    press(Qt.Key.Key_M)
    assert harness.services.session.cues().muted
    assert harness.view.mute_button.text() == "Unmute"
    assert not harness.services.settings.current.muted
    assert not harness.services.settings.store.load().muted
    press(Qt.Key.Key_Escape)
    harness.view.summary_page.done_button.click()
    harness.start("GV4")
    assert not harness.services.session.cues().muted
    assert harness.view.mute_button.text() == "Mute"


def test_sound_that_cannot_play_is_said_once_on_the_page_and_in_settings(
    harness: SessionHarness,
) -> None:
    """No audio device: the session page and Settings say so, once; the session goes on."""
    harness.audio.fail_on_start = True
    harness.start("GV4")
    harness.run(6)
    notice = harness.view.notice
    assert notice.isVisible() and "no audio device" in notice.text()
    assert harness.services.session.sound_problems.count(notice.text()) == 1
    assert harness.services.session.controller().running
    dialog = harness.services.open_settings()
    assert dialog.sound_problem_label.isVisible()
    assert "no audio device" in dialog.sound_problem_label.text()
    dialog.reject()
    harness.services.session.stop()


def test_every_session_control_is_named(harness: SessionHarness) -> None:
    """Every button and field of the session and summary pages has an accessible name."""
    harness.start("GV4")
    controls = [
        w
        for w in harness.view.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QAbstractSpinBox)
    ]
    assert controls
    assert [w.objectName() for w in controls if not w.accessibleName()] == []
    assert harness.view.ring.accessibleName() and harness.view.pacer.accessibleName()


def test_breathing_off_hides_the_pacer(harness: SessionHarness) -> None:
    """With the breathing guide off, the pacer is not shown."""
    harness.services.settings.update(breathing="off")
    harness.start("GV4")
    assert not harness.view.pacer.isVisible()


def test_session_from_a_routine_is_recorded_with_its_name(harness: SessionHarness) -> None:
    """Starting a built-in routine runs its points and the history remembers its name."""
    page = harness.services.routines.page()
    row = next(r for r in range(page.list.count()) if "Lower back" in page.list.item(r).text())
    page.list.setCurrentRow(row)
    page.start_button.click()
    assert harness.window.pages.currentWidget() is harness.view
    assert "BL23 Shenshu" in harness.view.title.text()
    harness.services.session.stop()
    assert not harness.view.summary_page.save_routine_row.isVisibleTo(harness.view)
    harness.view.summary_page.done_button.click()
    record = harness.services.history.repository().list()[0]
    assert record.routine_name == "Lower back" and not record.finished


def test_chosen_points_can_be_kept_as_a_routine(harness: SessionHarness) -> None:
    """After a session of chosen points, "Save as routine" stores them under the given name."""
    harness.start("GV4", "BL23")
    harness.services.session.stop()
    view = harness.view
    assert view.summary_page.save_routine_row.isVisibleTo(view)
    view.summary_page.routine_name.setText("Evening back care")
    view.summary_page.save_routine_button.click()
    assert "Saved as the routine “Evening back care”" in view.summary_page.saved_label.text()
    stored = harness.services.routines.repository().find_by_name("evening back care")
    assert stored is not None
    assert [s.point_id for s in stored.routine.steps] == ["GV4", "BL23"]
    # the history lists that session under its new routine (it stayed "Chosen points")
    record = harness.services.history.repository().list()[0]
    assert (record.routine_name, record.routine_id) == ("Evening back care", stored.routine.id)


def test_keeping_the_points_without_a_name_says_what_is_missing(harness: SessionHarness) -> None:
    """Return in the empty name field (or the button) says a name is needed and puts the
    keyboard there; nothing is saved. Before, nothing happened at all."""
    harness.start("GV4", "BL23")
    harness.services.session.stop()
    view = harness.view
    view.summary_page.routine_name.setFocus()
    QApplication.processEvents()
    press(Qt.Key.Key_Return)
    assert view.summary_page.saved_label.text() == "Type a name for the routine first."
    assert focused() is view.summary_page.routine_name
    view.summary_page.save_routine_button.click()
    assert view.summary_page.saved_label.text() == "Type a name for the routine first."
    assert harness.services.routines.repository().find_by_name("") is None
    type_text("Evening back care")
    press(Qt.Key.Key_Return)
    assert "Saved as the routine “Evening back care”" in view.summary_page.saved_label.text()


def test_the_summary_counts_what_was_pressed_and_keeps_its_fields_small(
    harness: SessionHarness,
) -> None:
    """Right through the first point, then the second to its end: "Points done: 1 of 2"; the
    pain fields are as wide as they need, not the whole page (they were ~1650 px)."""
    harness.start("GV4", "BL23")
    harness.run(5)  # get ready over
    harness.services.session.controller().next()  # skip GV4
    harness.run(300)
    view = harness.view
    assert "Points done: 1 of 2" in view.summary_page.summary_text.text()
    assert view.summary_page.pain_before.width() < 300


def test_mini_timer_follows_and_controls_the_session(harness: SessionHarness, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+T shows the always-on-top timer; it shows the seconds left and pauses the session."""
    from acupress_desktop.ui.session.tray import tray_tooltip

    harness.start("GV4")
    page = harness.view.running_page
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    mini = harness.services.session.mini_timer()
    assert mini.isVisible()
    assert bool(mini.windowFlags() & Qt.WindowType.WindowStaysOnTopHint)
    harness.run(7)  # get ready 5 s, then 2 s of GV4 (60 s)
    assert mini.clock_label.text() == "0:58"
    assert "GV4" in mini.point_label.text()
    mini.pause_button.click()
    assert harness.services.session.controller().snapshot().paused
    assert mini.pause_button.text() == "Resume"
    assert (
        tray_tooltip(harness.services.session.controller().snapshot(), None)
        == "Acupress — paused, 0:58 left"
    )
    mini.stop_button.click()
    assert not mini.isVisible()


def test_a_stopped_session_is_in_the_history_before_the_summary_is_closed(
    harness: SessionHarness,
) -> None:
    """Esc records the partial session at once: closing the app at the summary loses nothing."""
    harness.start("GV4", "BL23")
    harness.run(30)
    harness.services.session.stop()
    records = harness.services.history.repository().list()
    assert len(records) == 1 and not records[0].finished and records[0].pain_before is None
    harness.view.summary_page.pain_after.setValue(2)
    harness.view.summary_page.done_button.click()
    records = harness.services.history.repository().list()
    assert len(records) == 1 and records[0].pain_after == 2


def test_quitting_mid_session_still_records_it(harness: SessionHarness) -> None:
    """Closing the window (or logging out) while a session runs stops it, and the partial
    session goes to the history like one stopped with Esc."""
    harness.start("GV4", "BL23")
    harness.run(40)
    assert harness.services.session.controller().running
    harness.window.close()
    assert not harness.services.session.controller().running
    records = harness.services.history.repository().list()
    assert len(records) == 1
    assert records[0].finished is False
    assert records[0].point_ids == ("GV4", "BL23")
    assert records[0].seconds == pytest.approx(40, abs=1)


def test_point_option_during_a_session_waits_and_says_so(harness: SessionHarness) -> None:
    """A second launch with --point during a session selects the point for later and says so
    (it did nothing, silently)."""
    harness.start("GV4")
    assert harness.services.show_point("BL23")
    assert harness.window.pages.currentWidget() is harness.view
    assert "after the session" in harness.window.statusBar().currentMessage()
    harness.services.session.stop()
    harness.view.summary_page.done_button.click()
    assert harness.window.detail.point is not None and harness.window.detail.point.id == "BL23"


def test_a_pain_score_typed_at_the_summary_is_taken(harness: SessionHarness) -> None:
    """At the end the focus is on "Pain before": a digit typed at once sets it (it was added to
    "Not given" and lost)."""
    harness.window.activateWindow()
    harness.start("GV4")
    harness.run(200)
    from tests.person import type_text

    type_text("6")
    assert harness.view.summary_page.pain_before.value() == 6


def test_the_menu_bar_works_during_a_session(harness: SessionHarness, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Help and Settings stay reachable while a session runs (the menu bar was disabled)."""
    harness.start("BL23")
    assert harness.window.pages.currentWidget() is harness.view
    menu_bar = harness.window.menuBar()
    assert menu_bar.isEnabled()
    assert all(action.isEnabled() for action in menu_bar.actions())
    assert harness.window.help_menu.isEnabled() and harness.window.settings_action.isEnabled()


def test_adding_the_first_point_and_clearing_do_not_move_the_layout(
    harness: SessionHarness, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """The map, the cards and the details stay where they are when the session list gets its
    first point and when it is cleared (it jumped about 50 px)."""
    window = harness.window

    def places() -> list[tuple[int, int, int, int]]:
        held = (window.body_map, window.grid, window.detail, window.session_list)
        return [(w.mapTo(window, w.rect().topLeft()).x(), w.mapTo(window, w.rect().topLeft()).y(),
                 w.width(), w.height()) for w in held]  # fmt: skip

    QApplication.processEvents()  # layouts settle
    empty = places()
    window.session_list.add_point("BL23")
    QApplication.processEvents()
    assert places() == empty
    window.session_list.clear_button.click()
    QApplication.processEvents()
    assert places() == empty


@pytest.mark.parametrize("guidance", ["none", "names", "full"])
def test_one_voice_says_each_change(qtbot, catalogue, tmp_path: Path, guidance: str) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """With the app's voice on, a screen reader is not asked to say the phase change too (it
    would speak over the app's sentence, or repeat it); without it (none, or muted with M),
    the screen reader says it. The pain question, which the voice does not ask, is always
    said; the band and the title show the change either way."""
    harness = SessionHarness(qtbot, catalogue, tmp_path, guidance=guidance)
    harness.window.activateWindow()
    harness.start("GV4", "BL23")
    page = focused()
    assert page is not None
    # (the milestone waits for the focus to settle on the session page)
    qtbot.waitUntil(lambda: "pain" in spoken_milestone(page), timeout=2000)
    first = spoken_milestone(page)  # the question before the first press, always asked
    assert ("Get ready: Mingmen" in first) is (guidance == "none")
    harness.audio.finish_all()
    harness.run(harness.services.session.controller().snapshot().remaining)  # type: ignore[union-attr]
    assert harness.view.kind_label.text() == "Press"
    assert (spoken_milestone(page) == "Press: Mingmen, on the spine") is (guidance == "none")
    press(Qt.Key.Key_M)  # muted: the voice will say nothing, so the screen reader does
    press(Qt.Key.Key_Right)
    assert harness.view.kind_label.text() == "Press"
    assert spoken_milestone(page).startswith("Next: Shenshu, left side. Press")


@pytest.mark.parametrize("guidance", ["none", "names"])
def test_the_routines_page_shows_the_time_the_session_will_take(qtbot, catalogue, tmp_path: Path, guidance: str) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """The Routines page's "Whole routine" is the total of the session its Start begins: with
    the voice on, the get-ready and switches have room for their sentences; without it, the
    routine's own times."""
    import re

    from acupress_desktop.core.plan import build_plan
    from acupress_desktop.ui.labels import format_clock

    harness = SessionHarness(qtbot, catalogue, tmp_path, guidance=guidance)
    page = harness.services.routines.page()
    row = next(r for r in range(page.list.count()) if "Lower back" in page.list.item(r).text())
    page.list.setCurrentRow(row)
    shown = re.search(r"Whole routine (\d+:\d\d)", page.details.text())
    assert shown is not None, page.details.text()
    routine = page.selected().routine  # type: ignore[union-attr]
    own = build_plan(routine, catalogue).total
    page.start_button.click()
    session = harness.services.session.controller().session
    assert session is not None
    assert shown.group(1) == format_clock(round(session.plan.total))
    assert (session.plan.total > own) is (guidance == "names")


def test_m_in_one_session_does_not_take_the_words_room_from_the_next(qtbot, catalogue, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """M mutes one session only; the next starts with the voice on, so its get-ready has room
    for the sentence (the mute used to be put back only after the start had planned it)."""
    harness = SessionHarness(qtbot, catalogue, tmp_path, guidance="names")
    harness.window.activateWindow()
    harness.start("GV4")
    press(Qt.Key.Key_M)
    press(Qt.Key.Key_Escape)
    harness.view.summary_page.done_button.click()
    harness.start("GV4")
    assert not harness.services.session.cues().muted
    assert harness.view.ring.shown_seconds == 8
