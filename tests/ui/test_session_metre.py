"""The session page read from a metre away: the phase band, type that grows with the page, every
"how to find it" step, the tint of a phase change, the keys legend and the mini timer's extras."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontInfo, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from acupress_desktop.controllers.session_text import phase_band_text
from acupress_desktop.core.plan import PhaseKind
from acupress_desktop.ui.palette import (
    MIN_GRAPHIC_CONTRAST,
    MIN_TEXT_CONTRAST,
    THEME_COLOURS,
    contrast_ratio,
    phase_ink,
    phase_tint,
    theme_palette,
)
from acupress_desktop.ui.session.session_parts import (
    TINT_SECONDS,
    phase_key,
    session_type,
    tint_strength,
)
from tests.person import press
from tests.ui.fitting import problems
from tests.ui.test_session_view import SessionHarness

#: 24 pt at the offscreen screen's 96 dpi.
PX_24PT = 32


@pytest.fixture()
def harness(qtbot, catalogue, tmp_path: Path) -> SessionHarness:  # type: ignore[no-untyped-def]
    return SessionHarness(qtbot, catalogue, tmp_path)


def view_ticker(harness: SessionHarness):  # type: ignore[no-untyped-def]
    """The page's own ticker: made after the controller's second and frame tickers."""
    ticker = harness.tickers[2]
    assert ticker is not harness.ticker
    return ticker


# -- pure parts ---------------------------------------------------------------------------------
def test_type_grows_with_the_page_and_keeps_its_floors() -> None:
    """At the default text the name is at least 24 pt and the phase larger; a taller page gets
    larger type; a wide but low page does not."""
    small = session_type(QSize(1366, 650), 16)
    large = session_type(QSize(1920, 1000), 16)
    assert small.name >= PX_24PT and small.phase > small.name > small.steps
    assert large.phase > small.phase and large.name > small.name and large.steps > small.steps
    assert session_type(QSize(3000, 300), 16) == session_type(QSize(10, 10), 16)  # the floors
    assert session_type(QSize(10, 10), 26.7).name > session_type(QSize(10, 10), 16).name


def test_tint_fades_in_the_set_time() -> None:
    """Full at once, weaker half-way, gone at TINT_SECONDS (and never negative)."""
    assert tint_strength(0.0) == 1.0
    assert 0.0 < tint_strength(TINT_SECONDS / 2) < 1.0
    assert tint_strength(TINT_SECONDS) == 0.0 and tint_strength(-1) == 0.0


@pytest.mark.parametrize("theme", list(THEME_COLOURS))
def test_phase_colours_are_distinct_and_readable(theme: str) -> None:
    """In every theme each phase has its own band colour, its word reads at 4.5:1 on it, the band
    stands out from the window at 3:1 (or is outlined), and the tint keeps the text readable."""
    palette = theme_palette(theme)
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    phases = ("get_ready", "press", "switch", "rest", "paused")
    bands = {phase: phase_ink(palette, phase) for phase in phases}
    assert len({ink.band.name() for ink in bands.values()}) == len(phases)
    for phase, ink in bands.items():
        assert contrast_ratio(ink.text, ink.band) >= MIN_TEXT_CONTRAST, phase
        assert contrast_ratio(ink.band, window) >= MIN_GRAPHIC_CONTRAST or ink.outline is not None
        tinted = phase_tint(palette, phase, 1.0)
        assert contrast_ratio(text, tinted) >= MIN_TEXT_CONTRAST, phase
        assert phase_tint(palette, phase, 0.0) == window


def test_band_words_name_the_phase_even_without_colour(qapp) -> None:  # type: ignore[no-untyped-def]
    """The key of the colour follows the phase; "paused" wins over it."""
    assert phase_key(PhaseKind.SWITCH, False) == "switch"
    assert phase_key(PhaseKind.PRESS, True) == "paused"


# -- the page -------------------------------------------------------------------------------------
def test_band_says_and_colours_each_phase(harness: SessionHarness) -> None:
    """Get ready, Press, Switch sides: each in the band with its own colour; paused says so."""
    harness.start("BL23")
    band = harness.view.band
    seen = []
    for seconds in (0, 5, 60):  # get ready 5 s, left side 60 s, then switch sides
        harness.run(seconds)
        seen.append((band.text(), band.band_colour().name()))
    assert [text for text, _ in seen] == ["Get ready", "Press", "Switch sides"]
    assert len({colour for _, colour in seen}) == 3
    harness.view.pause_button.click()
    assert band.text() == "Paused · Switch sides"
    snapshot = harness.services.session.controller().snapshot()
    assert phase_band_text(snapshot) == band.text()
    assert band.phase == "paused"
    assert band.accessibleName() == "Paused · Switch sides"


def _fits(label: QLabel) -> None:
    metrics = QFontMetrics(label.font())
    area = label.contentsRect().adjusted(label.margin(), 0, -label.margin(), 0)
    needed = metrics.boundingRect(area, int(Qt.TextFlag.TextWordWrap), label.text())
    assert needed.width() <= area.width() and needed.height() <= area.height() + 1, (
        f"{label.objectName()} {label.text()!r} needs {needed.size()}, has {area.size()}"
    )


@pytest.mark.parametrize("size", [(1366, 738), (1920, 1080)])
def test_type_grows_in_full_screen_and_nothing_is_cut(
    harness: SessionHarness, size: tuple[int, int]
) -> None:
    """The phase, the point and "Next" are large (24 pt or more) at 1366×768 and larger still at
    1920×1080, the buttons and the keys legend with them, and every text on the page fits its
    place (measured with QFontMetrics)."""
    harness.window.resize(*size)
    harness.start("BL23", "ST36")
    harness.run(6)
    QApplication.processEvents()
    view = harness.view
    pixels = {
        "phase": view.band.font().pixelSize(),
        "name": view.title.font().pixelSize(),
        "next": view.next_label.font().pixelSize(),
        "steps": view.steps.step_labels[0].font().pixelSize(),
        "buttons": view.pause_button.fontInfo().pixelSize(),
        "keys": view.keys_label.fontInfo().pixelSize(),
    }
    print("font pixels at", size, pixels)  # noqa: T201  (shown with -s, for the docs)
    assert pixels["phase"] > pixels["name"] >= PX_24PT
    assert pixels["next"] >= PX_24PT
    if size[1] == 1080:
        assert pixels["phase"] >= 70 and pixels["name"] >= 42 and pixels["steps"] >= 28, pixels
        # the buttons and the keys grow too (they stayed at 12 px in full screen)
        assert pixels["buttons"] >= 24 and pixels["keys"] >= 18, pixels
    assert pixels["buttons"] > pixels["keys"]
    for label in (view.band, view.title, view.next_label, view.time_left, view.keys_label):
        _fits(label)
    assert not problems(harness.window)


def test_a_larger_text_size_during_a_session_enlarges_the_page_after_the_restyle(  # type: ignore[no-untyped-def]
    qtbot, catalogue, tmp_path: Path
) -> None:
    """Settings → a larger text size mid-session (the app styled as it starts): the page's type
    and its buttons follow. (They are now set after Qt has re-styled every widget, not from
    inside it; this test shows they still follow, it cannot show the crash that led there.)"""
    from dataclasses import replace

    from acupress_desktop.app.composition import Acupress
    from acupress_desktop.controllers.cues import CuePlayer
    from acupress_desktop.resources import asset_path
    from acupress_desktop.ui.theme import apply_theme
    from tests.fakes import FakeClock, ManualTicker
    from tests.fakes_cues import FakeAudio

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    clock, audio = FakeClock(), FakeAudio()
    cues = CuePlayer(asset_path("sounds"), sound_factory=audio.sound_factory,
                     speech_factory=audio.speech_factory, clock=clock)  # fmt: skip
    try:
        services = Acupress(catalogue, tmp_path, clock=clock, cues=cues,
                            ticker_factory=ManualTicker, look=True)  # fmt: skip
        window = services.window
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.session_list.add_point("BL23")
        window.session_list.start_button.click()
        view = services.session.view()
        qtbot.waitUntil(lambda: view.title.font().pixelSize() > 0)
        before = (view.title.font().pixelSize(), view.pause_button.fontInfo().pixelSize())
        services.apply_settings(replace(services.settings.current, text_size=24.0))
        qtbot.waitUntil(lambda: view.title.font().pixelSize() > before[0], timeout=2000)
        assert view.pause_button.fontInfo().pixelSize() >= 2 * before[1] - 2  # 200 % text
        base = QFontInfo(view.font()).pixelSize()
        assert view.title.font().pixelSize() >= round(base * 1.3)
        assert not problems(window)
    finally:
        apply_theme(app)


def test_every_step_of_how_to_find_it_shows_while_getting_ready_and_pressing(
    harness: SessionHarness,
) -> None:
    """BL23's four steps, numbered, with "two bumps up to L2" and "two finger-widths out", both
    while getting ready and while pressing (then under how to press)."""
    harness.start("BL23")
    point = harness.services.session.controller().snapshot()
    assert point is not None
    locate = harness.window.detail._catalogue.point("BL23").locate  # type: ignore[attr-defined]
    for seconds in (0, 6):
        harness.run(seconds)
        shown = harness.view.steps.shown_steps()
        assert shown == [f"{n}. {step}" for n, step in enumerate(locate, start=1)]
        assert len(shown) == 4
        assert any("two bumps up" in step and "L2" in step for step in shown)
        assert any("two finger-widths" in step for step in shown)
    assert harness.view.steps.technique.isVisibleTo(harness.view)
    assert "knuckle" in harness.view.steps.technique.text()
    assert harness.view.steps.accessibleName() == "How to find the point"


def test_a_phase_change_tints_the_page_and_fades_on_the_clock(harness: SessionHarness) -> None:
    """Right after a change the page is tinted in the phase colour; the injected ticker fades it
    out over 0.6 s of the fake clock, then stops asking for frames."""
    harness.start("BL23")
    harness.run(5)  # Press begins
    page = harness.view.running_page
    window = page.palette().color(QPalette.ColorRole.Window)
    ticker = view_ticker(harness)
    assert page.tint_amount == 1.0 and ticker.active
    assert page.tint_phase == "press" and page.background() != window
    strengths = []
    while ticker.active:
        harness.clock.advance(ticker.delay or 0)
        ticker.fire()
        strengths.append(page.tint_amount)
    assert strengths == sorted(strengths, reverse=True) and strengths[-1] == 0.0
    assert 15 <= len(strengths) <= 20  # about 30 frames a second for 0.6 s
    assert page.background() == window


def test_the_ring_and_the_guide_sit_on_the_page_colour_through_the_tint(  # type: ignore[no-untyped-def]
    harness: SessionHarness, qtbot
) -> None:
    """The ring and the breathing guide paint the page's colour under themselves (they are
    opaque): the tinted colour at a phase change, the window colour once it has faded, so no
    square of another colour shows round them."""
    harness.start("BL23")
    harness.run(5)  # Press begins, the page tinted
    view = harness.view
    page = view.running_page
    window = page.palette().color(QPalette.ColorRole.Window)
    qtbot.waitUntil(lambda: view.pacer.isVisible())
    ticker = view_ticker(harness)

    top = view.window()

    def corners() -> set[str]:
        """The gauges' corners as the screen shows them: what was painted and kept, not a
        fresh paint (``grab`` paints everything again and hid a gauge left in an old tint)."""
        QApplication.processEvents()  # the repaint Qt does now
        screen = top.screen().grabWindow(top.winId()).toImage()
        found = set()
        for gauge in (view.ring, view.pacer):
            corner = gauge.mapTo(top, gauge.rect().topLeft())
            far = gauge.mapTo(top, gauge.rect().bottomRight())
            for x, y in ((corner.x() + 1, corner.y() + 1), (far.x() - 1, far.y() - 1)):
                found.add(screen.pixelColor(x, y).name())
        return found

    assert page.tint_amount == 1.0
    assert corners() == {page.background().name()} != {window.name()}
    while ticker.active:
        harness.clock.advance(ticker.delay or 0)
        ticker.fire()
        assert corners() == {page.background().name()}, page.tint_amount  # at every step
    assert corners() == {window.name()}


def test_a_breathing_frame_repaints_the_guide_and_nothing_under_it(  # type: ignore[no-untyped-def]
    harness: SessionHarness, qtbot
) -> None:
    """Between two seconds the guide moves about five times a second; each frame paints the
    guide, and neither the ring nor, under the guide, the page and the view (they were painted
    at each frame, which cost most of a session's CPU: docs/benchmarks.md). (The picture's
    marker breathes too, a few steps a breath: what it repaints is elsewhere.)"""
    from PySide6.QtCore import QEvent, QObject, QPoint, QRect
    from PySide6.QtGui import QPaintEvent

    harness.services.settings.update(breathing="relaxed")
    harness.start("BL23")
    harness.run(8)  # into the first press, the tint long gone
    view = harness.view
    qtbot.waitUntil(lambda: view.pacer.isVisible())
    frames = harness.tickers[1]  # the controller's frame ticker
    assert frames is not harness.ticker and frames.active
    watched = (view.pacer, view.ring, view.running_page, view)
    painted: list[tuple[QObject, QRect]] = []

    class Counter(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                assert isinstance(obj, QWidget) and isinstance(event, QPaintEvent)
                painted.append((obj, event.rect().translated(obj.mapTo(view, QPoint(0, 0)))))
            return False

    counter = Counter()
    for widget in watched:
        widget.installEventFilter(counter)
    QApplication.processEvents()
    painted.clear()
    sizes = []
    for _ in range(4):  # 0.8 s: no second ends meanwhile
        harness.clock.advance(frames.delay or 0)
        frames.fire()
        QApplication.processEvents()
        assert view.pacer.cue is not None
        sizes.append(view.pacer.cue.fullness)
    for widget in watched:
        widget.removeEventFilter(counter)
    assert len(set(sizes)) == 4  # the guide moved at each frame
    guide = QRect(view.pacer.mapTo(view, QPoint(0, 0)), view.pacer.size())
    assert [obj for obj, _ in painted].count(view.pacer) == 4
    assert [obj for obj, _ in painted if obj is view.ring] == []
    under = [obj for obj, rect in painted if obj is not view.pacer and rect.intersects(guide)]
    assert under == []


def test_reduced_motion_changes_the_band_at_once_without_a_tint(harness: SessionHarness) -> None:
    """With reduced motion the band changes but the page never tints and no frames are asked."""
    harness.services.settings.update(reduced_motion=True)
    harness.services.session.apply_settings()  # as the Settings dialog does
    assert harness.view.reduced_motion and harness.view.pacer.reduced_motion
    harness.start("BL23")
    ticker = view_ticker(harness)
    harness.run(5)
    assert harness.view.band.text() == "Press"
    assert harness.view.running_page.tint_amount == 0.0
    assert not ticker.active and ticker.starts == []


def test_keys_legend_is_named_hides_with_k_and_is_remembered(harness: SessionHarness) -> None:
    """The legend lists the session keys, has a name and a spoken description, never takes the
    focus; K hides it (the setting remembers), K again shows it."""
    harness.start("BL23")
    legend = harness.view.keys_label
    assert legend.isVisible()
    for key in ("Space", "Esc", "F11", "←", "→", "K"):
        assert key in legend.text()
    assert legend.accessibleName() == "Keyboard shortcuts"
    assert "Escape: stop" in legend.accessibleDescription()
    # wrapped at 20 pt, a line breaks between two keys, never inside "F11 Full screen"
    entries = legend.text().split("   ")
    assert "F11\u00a0Full\u00a0screen" in entries and all(" " not in e for e in entries)
    assert legend.focusPolicy() == Qt.FocusPolicy.NoFocus
    focus = press(Qt.Key.Key_K)
    assert not legend.isVisible()
    assert QApplication.focusWidget() is focus
    assert harness.services.settings.current.session_keys_shown is False
    harness.services.session.stop()
    harness.view.summary_page.done_button.click()
    harness.start("GV4")
    assert not harness.view.keys_label.isVisible()
    press(Qt.Key.Key_K)
    assert harness.view.keys_label.isVisible()
    assert harness.services.settings.current.session_keys_shown is True


def test_mini_timer_shows_the_breath_and_what_comes_next(harness: SessionHarness, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The mini timer shows "Breathe in · 4"-style stages and "Next: …"; paused, no breath."""
    harness.services.settings.update(breathing="box")
    harness.start("BL23")
    mini = harness.services.session.mini_timer()
    mini.show()
    qtbot.waitExposed(mini)
    harness.run(1.5)  # the guide breathes from the start, getting ready included
    assert mini.breath_label.text() == "Breathe in · 3"
    assert mini.breath_label.accessibleName() == "Breathing: Breathe in · 3"
    harness.run(4)
    assert mini.breath_label.text().startswith("Hold the breath · ")
    assert mini.next_label.text() == "Next: BL23 Shenshu · right side"
    mini.pause_button.click()
    assert mini.breath_label.isHidden()


def test_the_time_left_changing_each_second_does_not_re_lay_out_the_page(  # type: ignore[no-untyped-def]
    harness: SessionHarness, qtbot
) -> None:
    """Ten seconds of a press change "…left" ten times and ask for no new layout of the page
    (a label sized to its text asked for one each second: 22 % of a session's work), while the
    label still fits its text."""
    from PySide6.QtCore import QEvent, QObject

    harness.start("BL23", "GV4")
    harness.run(8)  # into the first press
    page = harness.view.running_page
    qtbot.waitUntil(lambda: page.isVisible())
    requests = []

    class Counter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.LayoutRequest:
                requests.append(watched)
            return False

    counter = Counter()
    watched = [page, *page.findChildren(QWidget)]
    for widget in watched:
        widget.installEventFilter(counter)
    QApplication.processEvents()
    requests.clear()
    before = harness.view.time_left.text()
    for _ in range(10):
        harness.run(1)
        QApplication.processEvents()
    label = harness.view.time_left
    assert label.text() != before
    assert [widget for widget in requests if widget is page] == []  # it was 10 of 10
    assert (
        QFontMetrics(label.font()).horizontalAdvance(label.text()) <= label.contentsRect().width()
    )
    for widget in watched:
        widget.removeEventFilter(counter)


def test_a_press_running_on_repaints_the_ring_not_the_phase_band(  # type: ignore[no-untyped-def]
    harness: SessionHarness, qtbot
) -> None:
    """Ten seconds into a press the ring shows each second, while the band (the widest thing on
    the page, "Press" all along) is not painted again: it was, every second."""
    from PySide6.QtCore import QEvent, QObject

    harness.start("BL23")
    harness.run(8)  # into the first press
    view = harness.view
    qtbot.waitUntil(lambda: view.band.isVisible())
    painted: list[QObject] = []

    class Counter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                painted.append(watched)
            return False

    counter = Counter()
    for widget in (view.band, view.ring):
        widget.installEventFilter(counter)
    QApplication.processEvents()
    painted.clear()
    for _ in range(10):
        harness.run(1)
        QApplication.processEvents()
    assert view.band.text() == "Press"
    assert painted.count(view.ring) >= 10
    assert painted.count(view.band) == 0
    for widget in (view.band, view.ring):
        widget.removeEventFilter(counter)
