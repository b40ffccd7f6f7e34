"""The red flags a user reads: three tiers, the right sign in the right tier, every topic."""

from __future__ import annotations

import re

import pytest

from acupress_desktop.core.safety import RED_FLAG_TOPICS
from acupress_desktop.ui.help.red_flags import TIERS, flags, red_flags_html, tier_heading
from acupress_desktop.ui.help.safety_dialog import SafetyDialog, safety_html


def _tiers(html: str) -> dict[str, str]:
    """The notice cut into its tiers: the text under each tier heading, tags removed."""
    positions = sorted((html.index(tier_heading(t)), t) for t in TIERS if tier_heading(t) in html)
    cut: dict[str, str] = {}
    for (start, tier), following in zip(positions, [*positions[1:], (len(html), "")], strict=True):
        cut[tier] = re.sub(r"<[^>]+>", " ", html[start : following[0]]).lower()
    return cut


@pytest.fixture()
def notice(qapp) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The safety notice's text, by tier."""
    return _tiers(safety_html())


def test_the_safety_notice_has_three_tiers_most_urgent_first(qapp) -> None:  # type: ignore[no-untyped-def]
    """Call an ambulance now; get urgent help today; see a doctor soon — in that order."""
    html = safety_html()
    places = [html.find(tier_heading(tier)) for tier in TIERS]
    assert all(place >= 0 for place in places), "every tier is in the notice"
    assert places == sorted(places)
    assert "ambulance" in tier_heading("ambulance").lower()
    assert "today" in tier_heading("today").lower()
    assert "soon" in tier_heading("soon").lower()


@pytest.mark.parametrize(
    ("tier", "sign"),
    [
        ("ambulance", "both legs"),
        ("ambulance", "genitals"),
        ("ambulance", "pee"),
        ("ambulance", "sexual function"),
        ("ambulance", "chest pain"),
        ("ambulance", "serious accident"),
        ("today", "numbness or weakness in one leg"),
        ("today", "does not ease when you rest, or is worse at night"),
        ("today", "between the shoulder blades"),
        ("today", "steroids"),
        ("today", "inject drugs"),
        ("today", "osteoporosis"),
        ("today", "cancer"),
        ("today", "high temperature"),
        ("today", "weight loss"),
        ("soon", "under 20 or over 50"),
        ("soon", "few weeks"),
        # neck
        ("ambulance", "stiff neck with a high temperature"),
        ("ambulance", "after a serious injury"),
        ("ambulance", "double vision"),
        ("today", "weakness in your arms"),
        # belly, for the gas routine
        ("ambulance", "blood in your poo, or poo that is black"),
        ("ambulance", "vomiting blood"),
        ("ambulance", "came on very suddenly"),
        # periods
        ("ambulance", "heavy bleeding"),
        ("ambulance", "very high temperature or shivering with pelvic pain"),
    ],
)
def test_each_sign_is_in_its_tier(notice: dict[str, str], tier: str, sign: str) -> None:
    """Each red flag of the reference's NHS tiers stands under the tier that says what to do."""
    assert sign in notice[tier], f"{sign!r} is not under “{tier}”"


def test_a_history_of_cancer_alone_is_not_an_emergency(notice: dict[str, str]) -> None:
    """Cancer is asked about today (with new back pain), never under "call an ambulance"."""
    assert "cancer" not in notice["ambulance"]
    assert "history of cancer on its own is not an emergency" in notice["today"]


def test_could_be_pregnant_is_asked_before_period_and_belly_points(qapp) -> None:  # type: ignore[no-untyped-def]
    """The period signs start with the pregnancy test before pressing belly or avoid points."""
    html = red_flags_html(("periods",))
    assert "pregnancy test" in html and html.index("pregnancy test") < html.index(
        tier_heading("ambulance")
    )


def test_every_topic_has_emergency_signs_and_a_routine_shows_only_its_own(qapp) -> None:  # type: ignore[no-untyped-def]
    """Each topic lists what needs an ambulance; a neck notice shows no period signs."""
    for topic in RED_FLAG_TOPICS:
        assert flags(topic, "ambulance"), topic
    neck = red_flags_html(("neck",))
    assert "stiff neck" in neck and "pelvic" not in neck and "both legs" not in neck


def test_one_meaning_per_pregnancy_flag(qapp) -> None:  # type: ignore[no-untyped-def]
    """ "Avoid in pregnancy" means do not press; "Caution" means light pressure after asking.

    The notice called "Caution in pregnancy" points "traditionally avoided" while their cards
    allowed light pressure.
    """
    text = re.sub(r"<[^>]+>", " ", safety_html())
    assert "traditionally avoided" not in text
    avoid = text.index("“Avoid in pregnancy”")
    caution = text.index("“Caution in pregnancy”")
    assert "do not press it" in text[avoid:caution]
    assert "only lightly" in text[caution : caution + 120]


def test_the_notice_fits_a_small_screen_and_scrolls(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The long notice scrolls inside the dialog; the dialog is never taller than the screen."""
    dialog = SafetyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    screen = dialog.screen().availableGeometry()
    assert dialog.height() <= screen.height()
    assert dialog.notice_area.widget() is dialog.text
    assert dialog.ok_button.isDefault()
