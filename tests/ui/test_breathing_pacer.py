"""The breathing pacer: radius, words and layout alone, then pixels, motion and accessibility."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from acupress_desktop.core.breathing import PATTERNS, BreathCue, Stage, cue_at
from acupress_desktop.ui.palette import contrast_ratio, session_ink
from acupress_desktop.ui.session import breathing_pacer
from acupress_desktop.ui.session.breathing_pacer import (
    BreathingPacer,
    cue_text,
    cue_words,
    pacer_layout,
    pacer_radius,
)
from tests.fakes import installed_translator

SIZE = 240


# -- helpers ----------------------------------------------------------------------------------


def make_cue(stage: Stage = "in", fullness: float = 0.5, seconds: int = 3) -> BreathCue:
    """A cue with the given stage, fullness and whole seconds left."""
    return BreathCue(
        stage=stage,
        progress=0.5,
        seconds_left=seconds - 0.5,
        whole_seconds_left=seconds,
        fullness=fullness,
        breath_number=0,
    )


def dark_palette() -> QPalette:
    """A dark theme: light text on a near-black window, a blue highlight."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#1f2124"),
        (QPalette.ColorRole.WindowText, "#ececec"),
        (QPalette.ColorRole.Highlight, "#4f9ddb"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def _off_line(pixel: QColor, start: QColor, end: QColor) -> tuple[float, float]:
    """How far along the ``start``→``end`` line ``pixel`` projects (0 at start, 1 at end) and its
    largest channel distance from that line."""
    p, b, a = ((c.red(), c.green(), c.blue()) for c in (pixel, start, end))
    direction = [x - y for x, y in zip(a, b, strict=True)]
    offset = [x - y for x, y in zip(p, b, strict=True)]
    length2 = sum(d * d for d in direction) or 1
    t = sum(o * d for o, d in zip(offset, direction, strict=True)) / length2
    residual = [o - t * d for o, d in zip(offset, direction, strict=True)]
    return t, max(abs(r) for r in residual)


def highlight_ish(pixel: QColor, background: QColor, accent: QColor, text: QColor) -> bool:
    """A pixel on the way from the background to the highlight (the soft fill or the outline).

    The pixel is projected on the background→highlight line: it counts when it lies at least a
    tenth of the way along and close to that line, and closer to it than to the grey
    background→text line (so text, the grey track and the dimmed marks do not count, even with
    a greyish highlight such as the light theme's teal).
    """
    t, off_accent = _off_line(pixel, background, accent)
    _, off_grey = _off_line(pixel, background, text)
    return 0.1 <= t <= 1.2 and off_accent <= 12 and off_accent < off_grey


def tinted_along_radius(pacer: BreathingPacer) -> int:
    """How many pixels right of the circle's centre (past the digits) are highlight-tinted."""
    image: QImage = pacer.grab().toImage()
    ink = session_ink(pacer.palette())
    layout = pacer_layout(QSizeF(pacer.size()))
    y = round(layout.centre.y())
    start = round(layout.centre.x() + layout.min_radius * 0.7)  # clear of the seconds text
    return sum(
        highlight_ish(image.pixelColor(x, y), ink.background, ink.accent, ink.text)
        for x in range(start, image.width())
    )


@pytest.fixture()
def pacer(qtbot) -> BreathingPacer:  # type: ignore[no-untyped-def]
    """A pacer at a fixed size, not shown (grab() renders it anyway)."""
    widget = BreathingPacer()
    qtbot.addWidget(widget)
    widget.resize(SIZE, SIZE)
    return widget


@pytest.fixture()
def french(qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """A translator installed for the test (LanguageChange is delivered), removed after."""
    with installed_translator(
        {"Breathing guide": "Guide de respiration", "Breathe in": "Inspirez"}
    ):
        yield


# -- pure functions ---------------------------------------------------------------------------


def test_pacer_radius_runs_from_min_to_max_and_only_grows() -> None:
    """Empty lungs give the smallest circle, full lungs the largest; nothing in between shrinks."""
    radii = [pacer_radius(step / 20, 40, 100) for step in range(21)]
    assert radii[0] == 40 and radii[-1] == 100
    assert all(a < b for a, b in zip(radii, radii[1:], strict=False))


@pytest.mark.parametrize(("fullness", "radius"), [(-0.5, 40), (1.7, 100), (float("nan"), 40)])
def test_pacer_radius_is_clamped(fullness: float, radius: float) -> None:
    """Out-of-range or undefined fullness never draws outside the min..max band."""
    assert pacer_radius(fullness, 40, 100) == radius


@pytest.mark.parametrize(
    ("stage", "words"),
    [
        ("in", "Breathe in"),
        ("hold_in", "Hold the breath"),
        ("out", "Breathe out"),
        ("hold_out", "Hold the breath"),
    ],
)
def test_cue_words(stage: Stage, words: str) -> None:
    """Each stage has short, plain words."""
    assert cue_words(stage) == words


def test_cue_text_has_the_words_and_the_seconds() -> None:
    """The one-line form: words, a middle dot, the whole seconds left."""
    assert cue_text(make_cue("in", seconds=3)) == "Breathe in · 3"
    assert cue_text(cue_at(PATTERNS["4-7-8"], 4.5)) == "Hold the breath · 7"  # type: ignore[arg-type]


def test_layout_keeps_circle_and_words_inside_the_widget() -> None:
    """The largest circle and the words line fit the widget; the smallest circle is smaller."""
    layout = pacer_layout(QSizeF(SIZE, SIZE))
    assert 0 < layout.min_radius < layout.max_radius
    assert layout.centre.y() - layout.max_radius - layout.stroke / 2 >= 0
    assert (
        layout.centre.y() + layout.max_radius + layout.stroke / 2 <= layout.words_rect.top() + 0.5
    )
    assert layout.words_rect.bottom() <= SIZE + 0.5


# -- the widget -------------------------------------------------------------------------------


def test_accessible_name_description_and_size_hint(pacer: BreathingPacer) -> None:
    """Named for screen readers; the description is the words of the current stage."""
    assert pacer.accessibleName() == "Breathing guide"
    assert pacer.accessibleDescription() == "Not running"
    pacer.set_cue(make_cue("out"))
    assert pacer.accessibleDescription() == "Breathe out"
    assert pacer.sizeHint() == QSize(240, 240)


def test_description_changes_only_when_the_stage_changes(
    pacer: BreathingPacer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Frames within a stage never touch the description; a new stage sets it once."""
    written: list[str] = []
    original = pacer.setAccessibleDescription

    def spy(text: str) -> None:
        written.append(text)
        original(text)

    monkeypatch.setattr(pacer, "setAccessibleDescription", spy)
    pattern = PATTERNS["box"]
    for tenth in range(0, 90):  # 9 s of frames: in, hold, and one second of out
        pacer.set_cue(cue_at(pattern, tenth / 10))
    assert written == ["Breathe in", "Hold the breath", "Breathe out"]


def test_the_circle_is_bigger_at_full_lungs(pacer: BreathingPacer) -> None:
    """Along a radius, more pixels carry the highlight tint at fullness 1 than at fullness 0."""
    pacer.set_cue(make_cue("in", fullness=0.0))
    empty = tinted_along_radius(pacer)
    pacer.set_cue(make_cue("in", fullness=1.0))
    full = tinted_along_radius(pacer)
    layout = pacer_layout(QSizeF(pacer.size()))
    assert full - empty >= 0.8 * (layout.max_radius - layout.min_radius)


def test_reduced_motion_never_changes_size(pacer: BreathingPacer) -> None:
    """With reduced motion, fullness 0 and 1 render the same picture (text and stage dots only)."""
    pacer.set_reduced_motion(True)
    assert pacer.reduced_motion
    pacer.set_cue(make_cue("in", fullness=0.05))
    first = pacer.grab().toImage()
    pacer.set_cue(make_cue("in", fullness=0.95))
    second = pacer.grab().toImage()
    assert first == second
    assert tinted_along_radius(pacer) == 0  # no circle, so no tinted fill along the radius
    pacer.set_reduced_motion(False)
    assert tinted_along_radius(pacer) > 0  # the same cue as a moving circle is tinted there


def test_reduced_motion_shows_the_stage_with_a_static_indicator(pacer: BreathingPacer) -> None:
    """The filled dot moves from the first to the third place when "in" becomes "out"."""
    pacer.set_reduced_motion(True)
    pacer.set_cue(make_cue("in"))
    breathing_in = pacer.grab().toImage()
    pacer.set_cue(make_cue("out"))
    breathing_out = pacer.grab().toImage()
    assert breathing_in != breathing_out


def test_no_cue_draws_no_highlight(pacer: BreathingPacer) -> None:
    """Off, paused or finished: a faint resting outline, no highlight, no words."""
    pacer.set_cue(make_cue("in", fullness=1.0))
    assert tinted_along_radius(pacer) > 0
    pacer.set_cue(None)
    assert tinted_along_radius(pacer) == 0
    assert pacer.accessibleDescription() == "Not running"


def test_needs_animation_frames_only_when_they_would_show(pacer: BreathingPacer, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Frames are wanted only while visible, with a cue, motion allowed; changes are signalled."""
    pacer.set_cue(make_cue())
    assert not pacer.needs_animation_frames()  # not shown yet
    with qtbot.waitSignal(pacer.animation_need_changed, timeout=0) as shown:
        pacer.show()
    assert shown.args == [True] and pacer.needs_animation_frames()
    with qtbot.waitSignal(pacer.animation_need_changed, timeout=0) as reduced:
        pacer.set_reduced_motion(True)
    assert reduced.args == [False] and not pacer.needs_animation_frames()
    pacer.set_reduced_motion(False)
    assert pacer.needs_animation_frames()
    pacer.set_cue(None)
    assert not pacer.needs_animation_frames()
    pacer.set_cue(make_cue())
    pacer.hide()
    assert not pacer.needs_animation_frames()


def test_dark_palette_text_contrasts_with_the_background(pacer: BreathingPacer) -> None:
    """In a dark palette the words are light on dark, at least 4.5:1, and drawn in that colour."""
    pacer.setPalette(dark_palette())
    ink = session_ink(pacer.palette())
    assert contrast_ratio(ink.text, ink.background) >= 4.5
    pacer.set_cue(make_cue("out"))
    image = pacer.grab().toImage()
    words = pacer_layout(QSizeF(pacer.size())).words_rect
    y = round(words.center().y())
    assert image.pixelColor(2, 2) == ink.background
    assert any(
        contrast_ratio(image.pixelColor(x, y), ink.background) >= 4.5
        for x in range(SIZE // 4, 3 * SIZE // 4)
    )


def test_retranslate_on_language_change_keeps_the_cue(pacer: BreathingPacer, french: None) -> None:
    """A translator installed at run time renames the guide and its words; the cue stays."""
    pacer.set_cue(make_cue("in", seconds=4))
    assert pacer.accessibleName() == "Guide de respiration"
    assert pacer.accessibleDescription() == "Inspirez"
    assert cue_text(make_cue("in", seconds=4)) == "Inspirez · 4"


def test_language_change_event_rebuilds_texts(pacer: BreathingPacer) -> None:
    """A LanguageChange event alone re-runs retranslate_ui without losing the cue."""
    cue = make_cue("hold_out")
    pacer.set_cue(cue)
    QApplication.sendEvent(pacer, QEvent(QEvent.Type.LanguageChange))
    assert pacer.accessibleName() == "Breathing guide"
    assert pacer.accessibleDescription() == "Hold the breath"
    assert pacer.cue == cue


def test_the_module_uses_no_timer() -> None:
    """The pacer is passive: the controller pushes cues, nothing here keeps time."""
    assert "QTimer" not in Path(breathing_pacer.__file__).read_text(encoding="utf-8")


@pytest.mark.parametrize("palette", [None, dark_palette()], ids=["light", "dark"])
def test_the_disc_filled_without_antialiasing_looks_the_same(
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    palette: QPalette | None,
) -> None:
    """The cheap fill (no antialiasing, its edge under the outline) gives the picture the
    antialiased fill gives, at the size a session shows the pacer."""
    widget = BreathingPacer()
    qtbot.addWidget(widget)
    if palette is not None:
        widget.setPalette(palette)
    widget.resize(520, 520)
    assert pacer_layout(QSizeF(widget.size())).stroke >= breathing_pacer.MIN_STROKE_HIDING_EDGE
    differing = []
    for fullness in (0.0, 0.37, 1.0):
        widget.set_cue(make_cue("in", fullness=fullness))
        cheap = widget.grab().toImage()
        monkeypatch.setattr(breathing_pacer, "MIN_STROKE_HIDING_EDGE", float("inf"))
        smooth = widget.grab().toImage()
        monkeypatch.undo()
        worst, count = 0, 0
        for y in range(cheap.height()):
            for x in range(cheap.width()):
                a, b = cheap.pixelColor(x, y), smooth.pixelColor(x, y)
                gap = max(abs(a.red() - b.red()), abs(a.green() - b.green()),
                          abs(a.blue() - b.blue()))  # fmt: skip
                worst, count = max(worst, gap), count + (gap > 0)
        differing.append((worst, count))
    assert all(worst <= 3 for worst, _ in differing), differing
    assert all(count < 200 for _, count in differing), differing
