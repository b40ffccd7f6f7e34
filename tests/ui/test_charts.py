"""History charts: bar and point geometry alone, descriptions in words, then a few pixels."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from acupress_desktop.ui.history import chart_card, chart_geometry, chart_text, charts
from acupress_desktop.ui.history.chart_geometry import (
    bar_rects,
    pain_points,
    pain_ticks,
    pain_y,
    series_segments,
    slot_centres,
)
from acupress_desktop.ui.history.chart_text import (
    format_minutes,
    pain_description,
    week_label,
    weekly_description,
)
from acupress_desktop.ui.history.charts import (
    PAIN_SESSIONS_SHOWN,
    PainTrendChart,
    WeeklyMinutesChart,
)
from acupress_desktop.ui.palette import THEME_COLOURS, chart_ink, contrast_ratio, theme_palette
from tests.fakes import installed_translator

UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
MONDAY = date(2025, 4, 28)
WEEKS = [(MONDAY - timedelta(weeks=7 - i), m) for i, m in enumerate([12, 30, 0, 25, 41, 18, 55, 9])]


# -- helpers ----------------------------------------------------------------------------------


def near(image: QImage, x: float, y: float, colour: QColor, tolerance: int = 30) -> bool:
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


def column_top(image: QImage, x: float, colour: QColor, bottom: float) -> float:
    """The highest y above ``bottom`` where column ``x`` still has ``colour`` without a break."""
    y = round(bottom) - 2
    while y > 0 and near(image, x, y - 1, colour):
        y -= 1
    return y


@pytest.fixture()
def weekly(qtbot) -> WeeklyMinutesChart:  # type: ignore[no-untyped-def]
    """A weekly chart in the light theme at a fixed size, not shown (grab() renders it)."""
    chart = WeeklyMinutesChart()
    qtbot.addWidget(chart)
    chart.setPalette(theme_palette("light"))
    chart.setLocale(UK)
    chart.resize(560, 300)
    return chart


@pytest.fixture()
def pain(qtbot) -> PainTrendChart:  # type: ignore[no-untyped-def]
    """A pain chart in the light theme at a fixed size."""
    chart = PainTrendChart()
    qtbot.addWidget(chart)
    chart.setPalette(theme_palette("light"))
    chart.setLocale(UK)
    chart.resize(560, 300)
    return chart


@pytest.fixture()
def french(qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """A translator installed for the test (LanguageChange is delivered), removed after."""
    with installed_translator(
        {
            "Minutes per week": "Minutes par semaine",
            "Pain before and after": "Douleur avant et après",
        }
    ):
        yield


# -- pure functions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minutes", "text"), [(0, "0"), (-1, "0"), (0.2, "<1"), (0.5, "0"), (1.4, "1"), (25.6, "26")]
)
def test_format_minutes(minutes: float, text: str) -> None:
    """Whole minutes; a session of a few seconds shows "<1" rather than a misleading 0."""
    # round() is banker's rounding: 0.5 -> 0 is Python's own behaviour, kept on purpose.
    assert format_minutes(minutes) == text


def test_bars_are_taller_for_bigger_weeks_and_the_largest_fills_the_plot() -> None:
    """Bar heights follow the minutes; the biggest week reaches the top; all stand on the bottom."""
    rect = QRectF(10, 20, 400, 200)
    bars = bar_rects([10, 40, 20, 0], rect)
    heights = [bar.height() for bar in bars]
    assert heights == pytest.approx([50, 200, 100, 0])
    assert all(bar.bottom() == pytest.approx(rect.bottom()) for bar in bars)
    assert bars[1].top() == pytest.approx(rect.top())


def test_bars_sit_centred_in_equal_slots_left_to_right() -> None:
    """Each week has an equal slot, oldest on the left; bars are centred and do not touch."""
    rect = QRectF(0, 0, 800, 100)
    bars = bar_rects([1.0] * 8, rect)
    centres = [bar.center().x() for bar in bars]
    assert centres == pytest.approx(slot_centres(8, rect))
    assert centres == pytest.approx([50 + 100 * i for i in range(8)])
    assert all(a.right() < b.left() for a, b in zip(bars, bars[1:], strict=False))


def test_bars_with_no_minutes_at_all() -> None:
    """Eight empty weeks give eight flat bars (no division by zero); no weeks give no bars."""
    bars = bar_rects([0, 0, 0], QRectF(0, 0, 300, 100))
    assert [bar.height() for bar in bars] == [0, 0, 0]
    assert bar_rects([], QRectF(0, 0, 300, 100)) == []


@pytest.mark.parametrize(("score", "y"), [(0, 300), (10, 100), (5, 200), (12, 100), (-1, 300)])
def test_pain_y_runs_from_0_at_the_bottom_to_10_at_the_top(score: int, y: float) -> None:
    """The 0–10 axis fills the plot; scores outside it are clamped."""
    assert pain_y(score, QRectF(0, 100, 50, 200)) == pytest.approx(y)


def test_pain_points_at_the_right_heights_and_missing_scores_left_out() -> None:
    """Before and after of each session sit at their score's height; a missing one is None."""
    rect = QRectF(0, 0, 300, 100)
    points = pain_points([(8, 3), (None, 2), (6, None)], rect)
    (b0, a0), (b1, a1), (b2, a2) = points
    assert b0 is not None and a0 is not None and a1 is not None and b2 is not None
    assert (b0.x(), b0.y()) == pytest.approx((50, 20))
    assert (a0.x(), a0.y()) == pytest.approx((50, 70))
    assert b1 is None and a2 is None
    assert a1.x() == pytest.approx(150) and a1.y() == pytest.approx(80)
    assert b2.x() == pytest.approx(250) and b2.y() == pytest.approx(40)


def test_series_segments_break_at_missing_scores() -> None:
    """Lines join neighbouring sessions only; a session without that score breaks the line."""
    p = [QPointF(i, i) for i in range(5)]
    runs = series_segments([p[0], p[1], None, p[3], None, None, p[4]])
    assert [[q.x() for q in run] for run in runs] == [[0, 1], [3], [4]]
    assert series_segments([None, None]) == []


def test_pain_ticks_thin_out_when_the_plot_is_short() -> None:
    """Every second score is labelled when there is room, else only 0, 5 and 10."""
    assert pain_ticks(200, 20) == [0, 2, 4, 6, 8, 10]
    assert pain_ticks(80, 20) == [0, 5, 10]


def test_week_label_is_the_monday_in_short_form() -> None:
    """A week is named by its Monday, "28 Apr"."""
    assert week_label(MONDAY, UK) == "28 Apr"


def test_weekly_description_lists_every_week_in_words() -> None:
    """A screen reader hears each week's minutes, oldest first, the last one as this week."""
    text = weekly_description(WEEKS, UK)
    assert text.startswith("Minutes of practice in each of the last 8 weeks, oldest first.")
    assert "Week of 10 March 2025: 12 minutes." in text
    assert "Week of 24 March 2025: 0 minutes." in text
    assert text.endswith("This week, from 28 April 2025: 9 minutes.")
    assert "1 minute." in weekly_description([(MONDAY, 1.0)], UK)
    assert weekly_description([], UK) == "No weeks to show."


def test_pain_description_summarises_first_and_latest() -> None:
    """The description says how many sessions and the first and latest scores."""
    trend = [(date(2025, 3, 3), 7, 4), (date(2025, 3, 9), 6, None), (date(2025, 4, 28), 5, 2)]
    assert pain_description(trend, UK) == (
        "Pain scores from 0 to 10 for 3 sessions. First, 3 March 2025: before 7, after 4. "
        "Latest, 28 April 2025: before 5, after 2."
    )
    assert pain_description([(date(2025, 3, 3), None, 3)], UK) == (
        "Pain scores from 0 to 10 for 1 session. Latest, 3 March 2025: before not given, after 3."
    )
    assert pain_description([], UK) == "No pain scores yet."


@pytest.mark.parametrize("theme", list(THEME_COLOURS))
def test_chart_colours_are_readable_in_every_theme(theme: str) -> None:
    """Text reaches 4.5:1 and bars and markers 3:1 on the card; the two series differ."""
    ink = chart_ink(theme_palette(theme))
    assert contrast_ratio(ink.text, ink.card) >= 4.5
    assert contrast_ratio(ink.soft_text, ink.card) >= 4.5
    assert contrast_ratio(ink.accent, ink.card) >= 3.0
    assert contrast_ratio(ink.before, ink.card) >= 3.0
    assert ink.before != ink.accent


def test_a_highlight_lost_in_the_card_falls_back_to_the_text_colour() -> None:
    """A palette whose highlight equals its base still draws bars (in the text colour)."""
    palette = theme_palette("light")
    palette.setColor(palette.ColorRole.Highlight, palette.color(palette.ColorRole.Base))
    ink = chart_ink(palette)
    assert ink.accent == palette.color(palette.ColorRole.Text)


# -- the widgets ------------------------------------------------------------------------------


def test_charts_are_named_described_and_reachable_by_tab(
    weekly: WeeklyMinutesChart, pain: PainTrendChart
) -> None:
    """Each chart has a name (its title), a description of its values, and takes Tab focus."""
    weekly.set_weeks(WEEKS)
    pain.set_trend([(MONDAY, 7, 3)])
    assert weekly.accessibleName() == "Minutes per week"
    assert pain.accessibleName() == "Pain before and after"
    assert "9 minutes" in weekly.accessibleDescription()
    assert "before 7, after 3" in pain.accessibleDescription()
    for chart in (weekly, pain):
        assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_bigger_weeks_paint_taller_bars(weekly: WeeklyMinutesChart) -> None:
    """In the picture, the 55-minute week's bar rises higher than the 12-minute one's."""
    weekly.set_weeks(WEEKS)
    image = weekly.grab().toImage()
    accent = weekly.ink().accent
    bars = weekly.bar_geometry()
    bottom = weekly.plot_rect().bottom()
    small, big, empty = bars[0], bars[6], bars[2]
    assert near(image, big.center().x(), big.center().y(), accent)
    assert near(image, small.center().x(), bottom - 3, accent)
    assert column_top(image, big.center().x(), accent, bottom) < column_top(
        image, small.center().x(), accent, bottom
    )
    assert column_top(image, big.center().x(), accent, bottom) == pytest.approx(big.top(), abs=2)
    assert not near(image, empty.center().x(), bottom - 10, accent)


def test_pain_markers_are_painted_at_their_scores(pain: PainTrendChart) -> None:
    """An "after" square is filled with the accent at its height; a "before" circle is hollow."""
    pain.set_trend([(MONDAY, 8, 2), (MONDAY + timedelta(days=1), 6, 1)])
    image = pain.grab().toImage()
    ink = pain.ink()
    (before, after), _ = pain.point_geometry()
    assert before is not None and after is not None
    plot = pain.plot_rect()
    assert after.y() == pytest.approx(pain_y(2, plot))
    assert before.y() == pytest.approx(pain_y(8, plot))
    assert near(image, after.x(), after.y(), ink.accent)
    radius = pain.marker_radius()
    assert near(image, before.x(), before.y(), ink.card, tolerance=10)  # hollow
    assert near(image, before.x() + radius, before.y(), ink.before, tolerance=45)  # its ring


def test_legend_moves_under_the_title_when_the_chart_is_narrow(pain: PainTrendChart) -> None:
    """Wide: the legend sits right of the title; narrow: on its own line, and the plot moves down."""
    pain.resize(700, 300)
    title = pain.title_rect()
    assert pain.legend_rect().top() == pytest.approx(title.top())
    assert pain.legend_rect().right() == pytest.approx(title.right())
    wide_top = pain.plot_rect().top()
    pain.resize(320, 300)
    assert pain.legend_rect().top() >= pain.title_rect().bottom()
    assert pain.content_rect().top() > pain.legend_rect().bottom()
    assert pain.plot_rect().top() > wide_top


def test_pain_chart_keeps_only_the_latest_sessions(pain: PainTrendChart) -> None:
    """With many sessions only the latest ones are drawn, oldest first."""
    trend = [(MONDAY + timedelta(days=i), 5, 3) for i in range(PAIN_SESSIONS_SHOWN + 7)]
    pain.set_trend(trend)
    assert pain.trend == trend[-PAIN_SESSIONS_SHOWN:]
    assert len(pain.point_geometry()) == PAIN_SESSIONS_SHOWN


def test_empty_pain_chart_draws_no_marker_and_says_why(pain: PainTrendChart) -> None:
    """Without scores no accent is painted in the plot, and the description says so."""
    pain.set_trend([])
    image = pain.grab().toImage()
    accent = pain.ink().accent
    plot = pain.plot_rect()
    assert not any(
        near(image, x, y, accent, tolerance=12)
        for x in range(round(plot.left()), round(plot.right()), 4)
        for y in range(round(plot.top()), round(plot.bottom()), 4)
    )
    assert pain.accessibleDescription() == "No pain scores yet."


def test_dark_palette_renders_light_on_dark(weekly: WeeklyMinutesChart) -> None:
    """In the dark theme the card is dark, the bars use the dark highlight, text stays readable."""
    weekly.setPalette(theme_palette("dark"))
    weekly.set_weeks(WEEKS)
    image = weekly.grab().toImage()
    ink = weekly.ink()
    assert ink.card == QColor("#26282C")
    card = weekly.card_rect()
    assert near(image, card.center().x(), card.top() + 6, ink.card, tolerance=3)
    bar = weekly.bar_geometry()[6]
    assert near(image, bar.center().x(), bar.center().y(), QColor("#5FB3B8"))
    assert contrast_ratio(ink.text, ink.card) >= 7


def test_focus_draws_the_border_in_the_highlight(weekly: WeeklyMinutesChart, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A keyboard user sees which chart has focus: the border turns to the highlight colour."""
    weekly.set_weeks(WEEKS)
    border_y = round(weekly.card_rect().center().y())
    before = weekly.grab().toImage()
    with qtbot.waitActive(weekly):
        weekly.show()
        weekly.activateWindow()
    weekly.setFocus(Qt.FocusReason.TabFocusReason)
    assert weekly.hasFocus()
    after = weekly.grab().toImage()
    highlight = weekly.ink().focus
    assert not near(before, 2, border_y, highlight, tolerance=20)
    assert near(after, 2, border_y, highlight, tolerance=40)


def test_language_change_renames_the_charts(
    weekly: WeeklyMinutesChart, pain: PainTrendChart, french: None
) -> None:
    """A translator installed at run time retitles both charts, keeping their data."""
    weekly.set_weeks(WEEKS)
    assert weekly.accessibleName() == "Minutes par semaine"
    assert pain.title == "Douleur avant et après"
    assert weekly.weeks == [(d, float(m)) for d, m in WEEKS]


def test_language_change_event_rebuilds_texts(weekly: WeeklyMinutesChart) -> None:
    """A LanguageChange event alone re-runs retranslate_ui without losing the data."""
    weekly.set_weeks(WEEKS)
    QApplication.sendEvent(weekly, QEvent(QEvent.Type.LanguageChange))
    assert weekly.accessibleName() == "Minutes per week"
    assert "12 minutes" in weekly.accessibleDescription()


@pytest.mark.parametrize("module", [charts, chart_card, chart_geometry, chart_text])
def test_the_modules_use_no_timer_and_no_qtcharts(module: object) -> None:
    """Charts are painted by hand and hold no timer."""
    source = Path(str(getattr(module, "__file__", ""))).read_text(encoding="utf-8")
    assert "QTimer" not in source and "QtCharts" not in source


def test_the_pain_chart_dates_one_day_once() -> None:
    """Sessions all on one day: the date under the chart once (it read "1 Dec … 1 Dec")."""
    from datetime import date

    from PySide6.QtCore import QLocale

    from acupress_desktop.ui.history.chart_text import axis_dates

    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert axis_dates([date(2026, 12, 1)] * 3, english) == ["1 Dec"]
    assert axis_dates([date(2026, 11, 3), date(2026, 12, 1)], english) == ["3 Nov", "1 Dec"]
    assert axis_dates([], english) == []
