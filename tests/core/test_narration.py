"""The spoken-guidance levels, sentence splitting and the speaking-time estimate."""

from __future__ import annotations

import pytest

from acupress_desktop.core.narration import (
    DEFAULT_GUIDANCE,
    GUIDANCE_CHOICES,
    Guidance,
    guidance_level,
    speaking_seconds,
    split_sentences,
)


def test_levels_in_the_order_offered_and_the_default_is_todays_prompts() -> None:
    """None, cues, names, full; a new user gets the names level (the prompts said until now)."""
    assert GUIDANCE_CHOICES == ("none", "cues", "names", "full")
    assert DEFAULT_GUIDANCE == "names"


@pytest.mark.parametrize(
    ("saved", "level"),
    [
        ("none", Guidance.NONE),
        ("full", Guidance.FULL),
        ("loud", Guidance.NAMES),
        ("", Guidance.NAMES),
    ],
)
def test_a_saved_value_reads_as_its_level_or_the_default(saved: str, level: Guidance) -> None:
    """Known values read as themselves; anything else as the default."""
    assert guidance_level(saved) is level


def test_steps_split_at_sentence_ends_only() -> None:
    """A step with two sentences gives two; decimals, "e.g." before lower case and a lone
    sentence are kept whole; Spanish opening marks start a sentence."""
    assert split_sentences("Bring your thumb in. A small mound of muscle rises between them.") == [
        "Bring your thumb in.",
        "A small mound of muscle rises between them.",
    ]
    assert split_sentences("About 1.5 cun below, e.g. here.") == ["About 1.5 cun below, e.g. here."]
    assert split_sentences("Busque el hueso. ¿Lo nota? Presione.") == [
        "Busque el hueso.",
        "¿Lo nota?",
        "Presione.",
    ]
    assert split_sentences("  ") == []


def test_speaking_time_grows_with_the_text() -> None:
    """0.5 s to start plus 0.07 s a character (about 14 characters a second)."""
    assert speaking_seconds("") == pytest.approx(0.5)
    assert speaking_seconds("Press.") == pytest.approx(0.92)
    assert speaking_seconds("x" * 100) == pytest.approx(7.5)
