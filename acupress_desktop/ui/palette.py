"""Every colour the app paints with: the themes' colours in one table, and what painters derive.

``THEME_COLOURS`` is the only place a theme's colours are written down: the Qt palette roles
(windows, fields, text, highlight), the warning colour, the point markers' fill and the
illustrations' colours. Everything else is computed from it here, so changing a theme colour is
one edit in that table:

- ``theme_palette``: the QPalette the app runs with (widgets, point cards, the body map and the
  badges read its roles);
- ``art_colours`` / ``art_theme``: what each colour token of the SVG art is drawn with;
- ``marker_colours``: the point markers drawn over the art;
- ``session_ink``: the countdown ring and the breathing pacer;
- ``phase_ink`` / ``phase_tint``: the session's phase band and the page's brief tint at a change;
- ``chart_ink``: the history charts;
- ``card_ink``: the printable routine card (always the light theme: see there);
- ``warning_colour``: warnings (the pregnancy badge).

The colour arithmetic shared by all of them (``blend``, ``contrast_ratio``) lives here too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

ThemeName = Literal["light", "dark", "high-contrast"]

#: Text must reach this contrast with its background (WCAG AA).
MIN_TEXT_CONTRAST = 4.5
#: Graphics (bars, markers, rings) must reach this contrast with their background (WCAG 1.4.11).
MIN_GRAPHIC_CONTRAST = 3.0

#: The colour tokens of the illustration style: role -> the exact hex used in the SVG files.
#: They only name the parts of a drawing; what each is drawn with is the theme's ``art``.
ART_TOKENS: Mapping[str, str] = {
    "skin": "#F1D3C2",  # main fill
    "skin_shade": "#E2B8A2",  # far limb, folds, secondary surfaces
    "outline": "#5B4037",  # silhouette (width 3) and inner detail lines (width 2)
    "landmark": "#9C7A6A",  # bones felt under the skin, level lines (dashed)
    "soft": "#EDE6E1",  # nails, soft highlights
}


@dataclass(frozen=True)
class ThemeColours:
    """The colours of one theme that are chosen, not derived.

    Attributes:
        roles: the Qt palette (hex per colour role).
        warning: text and borders of warnings (the pregnancy badge, caution notes): AA on the
            window and on the base colour, and unlike the highlight (which means "selected").
        marker_fill, marker_dot: the point markers' disc and centre dot.
        art: what each art token (``ART_TOKENS`` role) is drawn with; None derives muted colours
            from the window colour (``_derived_dark_art``).
        phases: the session's phase band per phase ("get_ready", "press", "switch", "rest",
            "paused"): each at least 3:1 on the window (the paused band, grey, gets an outline
            where it is not), with black or white text at 4.5:1 or more on it. The band's word
            always names the phase: the colour only adds to it.
    """

    roles: Mapping[QPalette.ColorRole, str]
    warning: str
    marker_fill: str
    marker_dot: str
    art: Mapping[str, str] | None
    phases: Mapping[str, str]


#: The markers' double outline (white inside, near-black outside) and letters, in every theme.
MARKER_RING = "#FFFFFF"
MARKER_EDGE = "#10131C"

R = QPalette.ColorRole
THEME_COLOURS: Mapping[ThemeName, ThemeColours] = {
    "light": ThemeColours(
        roles={
            R.Window: "#F4F1EE", R.WindowText: "#1F1A17", R.Base: "#FFFFFF",
            R.AlternateBase: "#F0EBE6", R.Text: "#1F1A17", R.Button: "#ECE6E0",
            R.ButtonText: "#1F1A17", R.Highlight: "#1F6F74", R.HighlightedText: "#FFFFFF",
            R.PlaceholderText: "#5E5650", R.Mid: "#C9C0B8", R.ToolTipBase: "#FFFFFF",
            R.ToolTipText: "#1F1A17", R.Link: "#1F5F8F",
        },
        warning="#8A3A00",
        # A strong blue stays distinct from skin tones for every common colour blindness.
        marker_fill="#1F5BD1",
        marker_dot="#FFFFFF",
        # The art files are drawn in the light theme: its colours are the tokens themselves.
        art={"skin": "#F1D3C2", "skin_shade": "#E2B8A2", "outline": "#5B4037",
             "landmark": "#9C7A6A", "soft": "#EDE6E1"},
        # amber to get ready, the teal accent to press, violet to switch, blue to rest
        phases={"get_ready": "#B86E00", "press": "#1F6F74", "switch": "#7A3E9D",
                "rest": "#35618F", "paused": "#6B635C"},
    ),
    "dark": ThemeColours(
        roles={
            R.Window: "#1E1F22", R.WindowText: "#ECE8E4", R.Base: "#26282C",
            R.AlternateBase: "#2C2F34", R.Text: "#ECE8E4", R.Button: "#33363B",
            R.ButtonText: "#ECE8E4", R.Highlight: "#5FB3B8", R.HighlightedText: "#0F1011",
            R.PlaceholderText: "#B3ADA7", R.Mid: "#4A4D53", R.ToolTipBase: "#26282C",
            R.ToolTipText: "#ECE8E4", R.Link: "#8CC4FF",
        },
        warning="#FFB86B",
        marker_fill="#4F8EF7",
        marker_dot="#FFFFFF",
        art=None,
        phases={"get_ready": "#F0B450", "press": "#5FB3B8", "switch": "#C39BE6",
                "rest": "#8CB4E6", "paused": "#8A857F"},
    ),
    "high-contrast": ThemeColours(
        roles={
            R.Window: "#000000", R.WindowText: "#FFFFFF", R.Base: "#000000",
            R.AlternateBase: "#1A1A1A", R.Text: "#FFFFFF", R.Button: "#000000",
            R.ButtonText: "#FFFFFF", R.Highlight: "#FFD400", R.HighlightedText: "#000000",
            R.PlaceholderText: "#E0E0E0", R.Mid: "#FFFFFF", R.ToolTipBase: "#000000",
            R.ToolTipText: "#FFFFFF", R.Link: "#7FD4FF",
        },
        warning="#FFFFFF",
        marker_fill="#FFD400",
        marker_dot=MARKER_EDGE,
        art={"skin": "#000000", "skin_shade": "#2B2B2B", "outline": "#FFFFFF",
             "landmark": "#FFE14D", "soft": "#474747"},
        phases={"get_ready": "#FFFFFF", "press": "#FFD400", "switch": "#7FD4FF",
                "rest": "#A8F0A0", "paused": "#000000"},
    ),
}  # fmt: skip

#: Art for a high-contrast palette of the desktop's that is black on white (not one of ours).
_HIGH_CONTRAST_ON_WHITE_ART: Mapping[str, str] = {
    "skin": "#FFFFFF", "skin_shade": "#D6D6D6", "outline": "#000000",
    "landmark": "#6B4F00", "soft": "#EEEEEE",
}  # fmt: skip

#: A window and text pair at least this far apart is a high-contrast palette.
_HIGH_CONTRAST_RATIO = 19.0


# --------------------------------------------------------------------------------------------
# Colour arithmetic
# --------------------------------------------------------------------------------------------


def blend(first: QColor, second: QColor, amount: float) -> QColor:
    """``first`` moved ``amount`` (0..1) of the way to ``second``."""
    t = min(1.0, max(0.0, amount))
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * t,
        first.greenF() + (second.greenF() - first.greenF()) * t,
        first.blueF() + (second.blueF() - first.blueF()) * t,
        1.0,
    )


def _luminance(colour: QColor) -> float:
    """WCAG relative luminance of a colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# --------------------------------------------------------------------------------------------
# The themes as palettes
# --------------------------------------------------------------------------------------------


def _qpalette(colours: Mapping[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor(colours[QPalette.ColorRole.PlaceholderText])
    for role in (R.Text, R.ButtonText, R.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def theme_palette(theme: str) -> QPalette:
    """The palette of a theme; "system" follows the desktop's light or dark scheme."""
    if theme == "system":
        hints = QGuiApplication.styleHints()
        theme = "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"
    chosen = cast(ThemeName, theme) if theme in THEME_COLOURS else "light"
    return _qpalette(THEME_COLOURS[chosen].roles)


def palette_theme(palette: QPalette) -> ThemeName:
    """Which of the app's themes a palette is, by its window colour ("light" when none is)."""
    window = palette.color(QPalette.ColorRole.Window).name().upper()
    for theme, colours in THEME_COLOURS.items():
        if colours.roles[QPalette.ColorRole.Window].upper() == window:
            return theme
    return "light"


def art_theme(palette: QPalette) -> ThemeName:
    """Which theme's art and markers suit a palette, any palette: high contrast, dark or light.

    Unlike ``palette_theme`` this also places palettes that are not the app's (a desktop's own):
    high contrast is a window and text pair at (almost) full black/white contrast; dark is a
    window darker than mid-grey.
    """
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    if contrast_ratio(window, text) >= _HIGH_CONTRAST_RATIO:
        return "high-contrast"
    return "dark" if _luminance(window) < 0.18 else "light"


def warning_colour(palette: QPalette) -> QColor:
    """The warning colour of the palette's theme."""
    return QColor(THEME_COLOURS[palette_theme(palette)].warning)


# --------------------------------------------------------------------------------------------
# Illustrations and markers
# --------------------------------------------------------------------------------------------


def _hsl(hue: float, saturation: float, lightness: float) -> QColor:
    return QColor.fromHslF(
        hue / 360.0, max(0.0, min(1.0, saturation)), max(0.0, min(1.0, lightness))
    )


def _derived_dark_art(window: QColor) -> dict[str, QColor]:
    """Muted, darker skin and light outlines from the window colour, calm on a dark window."""
    base = window.lightnessF()  # about 0.12-0.25 for dark themes
    return {
        "skin": _hsl(22, 0.16, base + 0.30),
        "skin_shade": _hsl(20, 0.13, base + 0.20),
        "outline": _hsl(25, 0.35, 0.88),
        "landmark": _hsl(28, 0.45, 0.72),
        "soft": _hsl(25, 0.12, base + 0.40),
    }


def art_colours(palette: QPalette) -> dict[str, QColor]:
    """Token hex (upper case, e.g. ``"#F1D3C2"``) -> the colour to draw it with in this palette.

    Light keeps the tokens; dark derives its colours from the window colour; high contrast uses
    only black, white, grey and a yellow for the landmark lines (black on white for a desktop's
    high-contrast palette that is light).
    """
    theme = art_theme(palette)
    window = palette.color(QPalette.ColorRole.Window)
    chosen = THEME_COLOURS[theme].art
    if theme == "high-contrast" and _luminance(window) >= 0.5:
        chosen = _HIGH_CONTRAST_ON_WHITE_ART
    colours = (
        {role: QColor(hex_) for role, hex_ in chosen.items()}
        if chosen is not None
        else _derived_dark_art(window)
    )
    return {ART_TOKENS[role].upper(): colour for role, colour in colours.items()}


@dataclass(frozen=True)
class MarkerColours:
    """Colours of the point markers in one theme.

    Attributes:
        fill: the disc. ring: the inner (light) outline. edge: the outer (dark) outline.
        dot: the centre dot. letter: the side letter, drawn with a ``ring`` halo.
    """

    fill: QColor
    ring: QColor
    edge: QColor
    dot: QColor
    letter: QColor


def marker_colours(palette: QPalette | None = None) -> MarkerColours:
    """Marker colours for a palette (light theme colours when ``palette`` is None).

    The white-then-dark double outline separates the disc from any art.
    """
    theme = THEME_COLOURS[art_theme(palette) if palette is not None else "light"]
    return MarkerColours(
        fill=QColor(theme.marker_fill),
        ring=QColor(MARKER_RING),
        edge=QColor(MARKER_EDGE),
        dot=QColor(theme.marker_dot),
        letter=QColor(MARKER_EDGE),
    )


# --------------------------------------------------------------------------------------------
# The session widgets: countdown ring and breathing pacer
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionInk:
    """The colours the session widgets paint with, all taken from the widget's palette.

    Attributes:
        background: what the widget is drawn on (Window).
        text: the large numbers and words (WindowText).
        soft_text: captions; softer than text but still at least 4.5:1 on the background.
        track: the empty ring, outlines of inactive marks.
        accent: the progress arc, the pacer's shape (Highlight).
        dimmed: the arc while paused, text of an inactive state.
    """

    background: QColor
    text: QColor
    soft_text: QColor
    track: QColor
    accent: QColor
    dimmed: QColor


def session_ink(palette: QPalette) -> SessionInk:
    """Colours for the session widgets in this palette (light, dark or high contrast)."""
    background = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    accent = palette.color(QPalette.ColorRole.Highlight)
    if contrast_ratio(accent, background) < 2.0:  # a highlight lost in the window: use the text
        accent = QColor(text)
    soft_text = blend(text, background, 0.22)
    if contrast_ratio(soft_text, background) < MIN_TEXT_CONTRAST:
        soft_text = QColor(text)
    return SessionInk(
        background=QColor(background),
        text=QColor(text),
        soft_text=soft_text,
        track=blend(background, text, 0.14),
        accent=accent,
        dimmed=blend(background, text, 0.38),
    )


@dataclass(frozen=True)
class PhaseInk:
    """The colours of the session's phase band.

    Attributes:
        band: the band's fill.
        text: the phase word on it (black or white, whichever reads better: 4.5:1 or more).
        outline: a frame around the band where the fill alone does not stand out from the
            window (under 3:1, the paused band in high contrast), else None.
    """

    band: QColor
    text: QColor
    outline: QColor | None


_BLACK, _WHITE = QColor("#000000"), QColor("#FFFFFF")


def phase_ink(palette: QPalette, phase: str) -> PhaseInk:
    """The band's colours for a phase ("get_ready", "press", "switch", "rest", "paused") in
    this palette's theme (a desktop palette that is not ours gets its closest theme's)."""
    theme = THEME_COLOURS[art_theme(palette)]
    band = QColor(theme.phases.get(phase, theme.phases["press"]))
    text = max((_BLACK, _WHITE), key=lambda colour: contrast_ratio(colour, band))
    window = palette.color(QPalette.ColorRole.Window)
    outline = None
    if contrast_ratio(band, window) < MIN_GRAPHIC_CONTRAST:
        outline = palette.color(QPalette.ColorRole.WindowText)
    return PhaseInk(band=band, text=text, outline=outline)


#: The strongest tint of the page at a phase change (a share of the way to the band colour).
PHASE_TINT_PEAK = 0.45


def phase_tint(palette: QPalette, phase: str, amount: float) -> QColor:
    """The page's background ``amount`` (0..1) into the brief tint of a phase change: the
    window colour moved towards the band colour, never so far that the page's text drops
    below 4.5:1 on it (the peak is lowered until it keeps that)."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    band = phase_ink(palette, phase).band
    peak = PHASE_TINT_PEAK
    while peak > 0 and contrast_ratio(text, blend(window, band, peak)) < MIN_TEXT_CONTRAST:
        peak = round(peak - 0.05, 2)
    return blend(window, band, max(0.0, peak) * min(1.0, max(0.0, amount)))


# --------------------------------------------------------------------------------------------
# The history charts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChartInk:
    """The colours the charts paint with, all taken from the palette.

    Attributes:
        card: the card's background (Base).
        border: the card's outline (Mid).
        focus: the outline while the chart has keyboard focus (Highlight).
        text: titles and numbers (Text).
        soft_text: labels; softer than text, still at least 4.5:1 on the card.
        grid: faint guide lines.
        axis: the baseline.
        accent: bars and the "after" series (Highlight, or the text colour if too faint).
        before: the "before" series: a neutral, softer colour, distinct from the accent.
    """

    card: QColor
    border: QColor
    focus: QColor
    text: QColor
    soft_text: QColor
    grid: QColor
    axis: QColor
    accent: QColor
    before: QColor


def chart_ink(palette: QPalette) -> ChartInk:
    """Colours for the charts in this palette (light, dark or high contrast)."""
    card = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    accent = palette.color(QPalette.ColorRole.Highlight)
    if contrast_ratio(accent, card) < MIN_GRAPHIC_CONTRAST:
        accent = QColor(text)
    soft_text = blend(text, card, 0.25)
    if contrast_ratio(soft_text, card) < MIN_TEXT_CONTRAST:
        soft_text = QColor(text)
    before = blend(text, card, 0.35)
    if contrast_ratio(before, card) < MIN_GRAPHIC_CONTRAST or before == accent:
        before = QColor(text)
    return ChartInk(
        card=QColor(card),
        border=palette.color(QPalette.ColorRole.Mid),
        focus=palette.color(QPalette.ColorRole.Highlight),
        text=QColor(text),
        soft_text=soft_text,
        grid=blend(card, text, 0.12),
        axis=blend(card, text, 0.45),
        accent=accent,
        before=before,
    )


# --------------------------------------------------------------------------------------------
# The printable routine card
# --------------------------------------------------------------------------------------------

#: The theme the printable card is painted in.
CARD_THEME: ThemeName = "light"


@dataclass(frozen=True)
class CardInk:
    """The colours of the printable routine card.

    Attributes:
        paper: the page (Base).
        ink: the routine's and points' names, the steps (Text).
        muted: descriptions, English names, the footer (PlaceholderText).
        accent: the numbers, facts and time per point (Highlight).
        rule: the lines between parts: three quarters of the way from the paper to Mid.
        panel: behind each picture (Window).
        caution: the pregnancy and gentle-pressure notes (the theme's warning colour).
        palette: the palette the pictures (art and markers) are drawn in.
    """

    paper: QColor
    ink: QColor
    muted: QColor
    accent: QColor
    rule: QColor
    panel: QColor
    caution: QColor
    palette: QPalette


def card_ink() -> CardInk:
    """The card's colours: always the light theme's (``CARD_THEME``), whatever the app's theme.

    The card is printed, or saved to be printed, on white paper, where a dark or high-contrast
    page would waste ink and print poorly; and one card reads the same whoever made it. It
    takes the light theme's palette object rather than copies of its hex, so it follows any
    change made to the light theme.
    """
    palette = theme_palette(CARD_THEME)
    base = palette.color(QPalette.ColorRole.Base)
    return CardInk(
        paper=QColor(base),
        ink=palette.color(QPalette.ColorRole.Text),
        muted=palette.color(QPalette.ColorRole.PlaceholderText),
        accent=palette.color(QPalette.ColorRole.Highlight),
        rule=blend(base, palette.color(QPalette.ColorRole.Mid), 0.75),
        panel=palette.color(QPalette.ColorRole.Window),
        caution=warning_colour(palette),
        palette=palette,
    )
