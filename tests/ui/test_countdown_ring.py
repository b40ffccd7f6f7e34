"""The countdown ring: clock text, ring maths and announcements alone, then a few pixels."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from acupress_desktop.ui.labels import format_clock, time_in_words
from acupress_desktop.ui.palette import contrast_ratio, session_ink
from acupress_desktop.ui.session import countdown_ring
from acupress_desktop.ui.session.countdown_ring import (
    CountdownRing,
    ring_fraction,
    ring_geometry,
    spoken_text,
)
from tests.fakes import installed_translator

SIZE = 240


# -- helpers ----------------------------------------------------------------------------------


def dark_palette() -> QPalette:
    """A dark theme: light text on a near-black window, a blue highlight."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#1f2124"),
        (QPalette.ColorRole.WindowText, "#ececec"),
        (QPalette.ColorRole.Base, "#1f2124"),
        (QPalette.ColorRole.Text, "#ececec"),
        (QPalette.ColorRole.Highlight, "#4f9ddb"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def near(image: QImage, x: float, y: float, colour: QColor, tolerance: int = 40) -> bool:
    """Whether the pixel at (x, y) is within ``tolerance`` (per channel) of ``colour``."""
    pixel = image.pixelColor(round(x), round(y))
    return all(
        abs(a - b) <= tolerance
        for a, b in (
            (pixel.red(), colour.red()),
            (pixel.green(), colour.green()),
            (pixel.blue(), colour.blue()),
        )
    )


def count_near(image: QImage, colour: QColor, step: int = 2) -> int:
    """How many pixels (sampled every ``step``) are close to ``colour``."""
    return sum(
        near(image, x, y, colour)
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    )


def render(ring: CountdownRing) -> QImage:
    return ring.grab().toImage()


@pytest.fixture()
def ring(qtbot) -> CountdownRing:  # type: ignore[no-untyped-def]
    """A ring at a fixed size, not shown (grab() renders it anyway)."""
    widget = CountdownRing()
    qtbot.addWidget(widget)
    widget.resize(SIZE, SIZE)
    return widget


@pytest.fixture()
def french(qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """A translator installed for the test (LanguageChange is delivered), removed after."""
    with installed_translator(
        {"Countdown": "Compte à rebours", "Paused": "En pause", "%1 left": "%1 restantes"}
    ):
        yield


# -- pure functions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0:00"),
        (9, "0:09"),
        (59, "0:59"),
        (60, "1:00"),
        (65, "1:05"),
        (720, "12:00"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (3723, "1:02:03"),
        (36000, "10:00:00"),
        (-5, "0:00"),
    ],
)
def test_format_clock(seconds: int, text: str) -> None:
    """Minutes without a leading zero, seconds always two digits, hours only when needed."""
    assert format_clock(seconds) == text


@pytest.mark.parametrize(
    ("remaining", "duration", "fraction"),
    [
        (60, 60, 1.0),
        (0, 60, 0.0),
        (30, 60, 0.5),
        (75, 60, 1.0),
        (-3, 60, 0.0),
        (10, 0, 0.0),
        (0, 0, 0.0),
        (10, -5, 0.0),
        (math.nan, 60, 0.0),
        (10, math.inf, 0.0),
    ],
)
def test_ring_fraction_is_clamped_and_safe(
    remaining: float, duration: float, fraction: float
) -> None:
    """Full at the start, empty at the end, never outside 0..1, and no division by zero."""
    assert ring_fraction(remaining, duration) == pytest.approx(fraction)


def test_ring_geometry_is_a_centred_square_inside_the_widget() -> None:
    """The ring (with its pen) fits the shorter side and is centred; it scales with the widget."""
    rect, pen = ring_geometry(QSizeF(400, 300))
    assert rect.width() == pytest.approx(rect.height())
    assert rect.center().x() == pytest.approx(200) and rect.center().y() == pytest.approx(150)
    assert pen > 0
    assert rect.height() + pen <= 300
    small, small_pen = ring_geometry(QSizeF(160, 160))
    big, big_pen = ring_geometry(QSizeF(480, 480))
    assert big_pen == pytest.approx(3 * small_pen)
    assert big.width() == pytest.approx(3 * small.width())


def test_ring_geometry_of_an_empty_widget() -> None:
    """A zero-size widget gives an empty ring, not an error."""
    rect, pen = ring_geometry(QSizeF(0, 0))
    assert rect.width() == 0 and pen == 0


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (0, "0 seconds"),
        (1, "1 second"),
        (40, "40 seconds"),
        (60, "1 minute"),
        (65, "1 minute 5 seconds"),
        (3723, "1 hour 2 minutes 3 seconds"),
    ],
)
def test_time_in_words(seconds: int, words: str) -> None:
    """What a screen reader says: plain words, singular and plural right in English."""
    assert time_in_words(seconds) == words


def test_spoken_text_announces_the_first_state() -> None:
    """With nothing before, the state is described in full."""
    assert spoken_text(65, "left hand") == "left hand: 1 minute 5 seconds left"
    assert spoken_text(40, "") == "40 seconds left"


@pytest.mark.parametrize(
    ("shown", "caption", "previous", "announced"),
    [
        (40, "left hand", (41, "left hand"), True),  # a 10-second mark
        (39, "left hand", (40, "left hand"), False),  # between marks: quiet
        (
            39,
            "left hand",
            (41, "left hand"),
            True,
        ),  # 40 was skipped (stalled loop): say it
        (11, "left hand", (12, "left hand"), False),
        (10, "left hand", (11, "left hand"), True),  # the last ten: every second
        (3, "left hand", (4, "left hand"), True),
        (0, "left hand", (1, "left hand"), True),
        (40, "left hand", (40, "left hand"), False),  # the same second pushed again
        (39, "right hand", (40, "left hand"), True),  # phase change: new caption
        (29, "left hand", (3, "left hand"), True),  # phase change or added time: the time jumps up
        (41, "Paused", (41, "left hand"), True),  # paused
    ],
)
def test_spoken_text_milestones(
    shown: int, caption: str, previous: tuple[int, str], announced: bool
) -> None:
    """Announce on a phase change, at each 10 s mark, each of the last 10 s; else stay quiet."""
    assert (spoken_text(shown, caption, previous) is not None) is announced


def test_a_whole_phase_is_announced_at_milestones_only_and_never_twice() -> None:
    """A 65 s phase pushed 4 times a second: 65, each ten, then each of the last ten seconds."""
    said: list[tuple[int, str]] = []
    previous: tuple[int, str] | None = None
    for quarter in range(65 * 4, -1, -1):
        shown = math.ceil(quarter / 4)
        text = spoken_text(shown, "left hand", previous)
        previous = (shown, "left hand")
        if text is not None:
            said.append((shown, text))
    assert [s for s, _ in said] == [65, 60, 50, 40, 30, 20, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
    texts = [t for _, t in said]
    assert len(set(texts)) == len(texts)


# -- the widget -------------------------------------------------------------------------------


def test_accessible_name_size_hint_and_square_shape(ring: CountdownRing) -> None:
    """Named for screen readers, 320 px by default, always square in a layout."""
    assert ring.accessibleName() == "Countdown"
    assert ring.accessibleDescription()
    assert ring.sizeHint() == QSize(320, 320)
    assert ring.hasHeightForWidth() and ring.heightForWidth(200) == 200
    assert ring.sizePolicy().hasHeightForWidth()


def test_description_changes_only_at_milestones(ring: CountdownRing) -> None:
    """Every push updates the picture, but the description only at milestones."""
    descriptions = []
    for shown in (42, 41, 40, 39, 38):
        ring.set_state(shown - 0.5, 65, shown, caption="left hand")
        descriptions.append(ring.accessibleDescription())
    assert descriptions[1:] == ["left hand: 42 seconds left"] + ["left hand: 40 seconds left"] * 3
    ring.set_state(37.5, 65, 38, paused=True, caption="left hand")
    assert ring.accessibleDescription() == "Paused: 38 seconds left"


def test_shown_seconds_are_displayed_as_given(ring: CountdownRing) -> None:
    """The number comes from the controller; the ring never recomputes it from ``remaining``."""
    ring.set_state(12.2, 60, 13, caption="")
    assert ring.shown_seconds == 13
    assert ring.accessibleDescription() == "13 seconds left"


def test_the_arc_covers_more_at_the_start_than_near_the_end(ring: CountdownRing) -> None:
    """At the start the whole ring is the accent colour; near the end only a sliver."""
    accent = session_ink(ring.palette()).accent
    ring.set_state(60, 60, 60)
    start = count_near(render(ring), accent)
    ring.set_state(6, 60, 6)
    end = count_near(render(ring), accent)
    assert start > 4 * end > 0


def test_the_ring_empties_clockwise_from_twelve(ring: CountdownRing) -> None:
    """With three quarters left, 12 to 3 o'clock is empty; 4 round to 11 o'clock is drawn."""
    ring.set_state(45, 60, 45)
    image = render(ring)
    accent = session_ink(ring.palette()).accent
    rect, _pen = ring_geometry(QSizeF(ring.size()))
    radius, centre = rect.width() / 2, rect.center()

    def at(clockwise_degrees: float) -> QPointF:
        angle = math.radians(clockwise_degrees)
        return QPointF(centre.x() + radius * math.sin(angle), centre.y() - radius * math.cos(angle))

    for degrees in (30, 60):
        point = at(degrees)
        assert not near(image, point.x(), point.y(), accent), degrees
    for degrees in (120, 180, 270, 330):
        point = at(degrees)
        assert near(image, point.x(), point.y(), accent), degrees


def test_the_paused_look_differs(ring: CountdownRing) -> None:
    """Paused: the arc loses its accent colour (dimmed) and the caption reads "Paused"."""
    accent = session_ink(ring.palette()).accent
    ring.set_state(30, 60, 30, caption="left hand")
    running = render(ring)
    ring.set_state(30, 60, 30, paused=True, caption="left hand")
    paused = render(ring)
    assert paused != running
    assert count_near(running, accent) > 0
    assert count_near(paused, accent) == 0
    assert ring.shown_caption() == "Paused"


def test_dark_palette_text_contrasts_with_the_background(ring: CountdownRing) -> None:
    """In a dark palette the number is light on dark, at least 4.5:1, and drawn in that colour."""
    ring.setPalette(dark_palette())
    ink = session_ink(ring.palette())
    assert contrast_ratio(ink.text, ink.background) >= 4.5
    assert contrast_ratio(ink.soft_text, ink.background) >= 4.5
    ring.set_state(30, 60, 30, caption="left hand")
    image = render(ring)
    assert near(image, 4, 4, ink.background, tolerance=2)
    centre_band = [
        near(image, x, SIZE / 2, ink.text, tolerance=30) for x in range(SIZE // 4, 3 * SIZE // 4)
    ]
    assert any(centre_band)


def test_a_highlight_lost_in_the_window_falls_back_to_the_text_colour() -> None:
    """A palette whose highlight equals its window still shows the arc (in the text colour)."""
    palette = dark_palette()
    palette.setColor(QPalette.ColorRole.Highlight, palette.color(QPalette.ColorRole.Window))
    ink = session_ink(palette)
    assert ink.accent == palette.color(QPalette.ColorRole.WindowText)


def test_palette_change_repaints_in_the_new_colours(ring: CountdownRing) -> None:
    """Switching the palette at run time changes the rendered background."""
    ring.set_state(30, 60, 30)
    before = render(ring).pixelColor(2, 2)
    ring.setPalette(dark_palette())
    after = render(ring).pixelColor(2, 2)
    assert after != before
    assert after == QColor("#1f2124")


def test_retranslate_on_language_change_keeps_the_state(ring: CountdownRing, french: None) -> None:
    """A translator installed at run time renames the ring and rewrites its description."""
    ring.set_state(30, 60, 30, paused=True, caption="left hand")
    assert ring.accessibleName() == "Compte à rebours"
    assert ring.accessibleDescription() == "En pause: 30 seconds restantes"
    assert ring.shown_seconds == 30 and ring.paused


def test_language_change_event_rebuilds_texts(ring: CountdownRing) -> None:
    """A LanguageChange event alone re-runs retranslate_ui without losing the state."""
    ring.set_state(30, 60, 30, caption="left hand")
    QApplication.sendEvent(ring, QEvent(QEvent.Type.LanguageChange))
    assert ring.accessibleName() == "Countdown"
    assert ring.accessibleDescription() == "left hand: 30 seconds left"


def test_the_module_uses_no_timer() -> None:
    """The ring is passive: the controller pushes state, nothing here keeps time."""
    assert "QTimer" not in Path(countdown_ring.__file__).read_text(encoding="utf-8")
