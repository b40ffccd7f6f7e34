"""Red flags: signs that need a doctor or an ambulance instead of acupressure, in three tiers.

The tiers follow NHS guidance (reference points-addendum.md §4): call an ambulance now; get
urgent help today; see a doctor soon. Each tier lists the signs of one or more topics: the back
(always), a pain spreading down the leg, the neck, the belly (the gas routine) and periods. The
safety notice shows every topic; a routine shows its own topics before its first session
(``core.safety.red_flag_topics``). Every sentence is a literal ``translate`` call in the
"RedFlags" context, so lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from acupress_desktop.core.safety import RED_FLAG_TOPICS

#: Tiers, most urgent first.
TIERS: tuple[str, ...] = ("ambulance", "today", "soon")


def tier_heading(tier: str) -> str:
    """What to do, as a heading ending in a colon."""
    headings = {
        "ambulance": QCoreApplication.translate(
            "RedFlags", "Call an ambulance or go to an emergency department now if you have:"
        ),
        "today": QCoreApplication.translate(
            "RedFlags",
            "Get urgent medical help today, from your doctor or an urgent advice line, if you have:",
        ),
        "soon": QCoreApplication.translate(
            "RedFlags", "See a doctor or a physiotherapist soon if:"
        ),
    }
    return headings[tier]


def topic_heading(topic: str) -> str:
    """The group a sign belongs to, e.g. "With neck pain"."""
    headings = {
        "back": QCoreApplication.translate("RedFlags", "With back pain"),
        "leg": QCoreApplication.translate("RedFlags", "With pain spreading down the leg"),
        "neck": QCoreApplication.translate("RedFlags", "With neck pain, or when pressing the neck"),
        "belly": QCoreApplication.translate("RedFlags", "With belly pain, gas or bloating"),
        "periods": QCoreApplication.translate("RedFlags", "With period pain"),
    }
    return headings[topic]


def topic_note(topic: str) -> str:
    """A sentence shown before a topic's signs ("" for most topics)."""
    if topic == "periods":
        return QCoreApplication.translate(
            "RedFlags",
            "If you could be pregnant, take a pregnancy test before pressing points on the belly "
            "or points marked “Avoid in pregnancy”.",
        )
    return ""


def flags(topic: str, tier: str) -> list[str]:
    """The signs of one topic in one tier, in reading order (may be empty)."""
    return _FLAGS[topic][tier]()


def _back_ambulance() -> list[str]:
    return [
        QCoreApplication.translate("RedFlags", "pain, tingling, weakness or numbness in both legs"),
        QCoreApplication.translate(
            "RedFlags", "weakness or numbness in a leg that is severe or quickly getting worse"
        ),
        QCoreApplication.translate(
            "RedFlags",
            "numbness or tingling around the genitals, the buttocks or the back passage, or a "
            "changed feeling when you wipe",
        ),
        QCoreApplication.translate(
            "RedFlags",
            "new trouble peeing, being unable to pee, or being unable to control your bladder or "
            "bowels; not noticing when you need to poo",
        ),
        QCoreApplication.translate("RedFlags", "new problems with sexual function"),
        QCoreApplication.translate("RedFlags", "chest pain"),
        QCoreApplication.translate(
            "RedFlags",
            "back pain that started after a serious accident, such as a car crash or a fall from a "
            "height",
        ),
        QCoreApplication.translate(
            "RedFlags",
            "back pain after even a small fall or knock if you are older, have osteoporosis or "
            "take steroid medicines for a long time",
        ),
    ]


def _back_today() -> list[str]:
    return [
        QCoreApplication.translate("RedFlags", "new or increasing numbness or weakness in one leg"),
        QCoreApplication.translate("RedFlags", "a high temperature"),
        QCoreApplication.translate("RedFlags", "weight loss that you cannot explain"),
        QCoreApplication.translate(
            "RedFlags", "a lump or swelling in your back, or a change in the shape of your back"
        ),
        QCoreApplication.translate(
            "RedFlags",
            "pain that is there all the time and does not ease when you rest, or is worse at night",
        ),
        QCoreApplication.translate("RedFlags", "pain that is worse when you sneeze, cough or poo"),
        QCoreApplication.translate(
            "RedFlags", "pain high in your back, between the shoulder blades"
        ),
        QCoreApplication.translate(
            "RedFlags",
            "new back pain and you have had cancer (a history of cancer on its own is not an "
            "emergency)",
        ),
        QCoreApplication.translate(
            "RedFlags",
            "new back pain and you take steroids or medicines that weaken the immune system, or "
            "you inject drugs",
        ),
        QCoreApplication.translate("RedFlags", "new back pain and you have osteoporosis"),
    ]


def _back_soon() -> list[str]:
    return [
        QCoreApplication.translate(
            "RedFlags", "your back pain is new and you are under 20 or over 50"
        ),
        QCoreApplication.translate(
            "RedFlags", "the pain has not improved after a few weeks of looking after it at home"
        ),
        QCoreApplication.translate("RedFlags", "it stops you doing your day-to-day activities"),
        QCoreApplication.translate("RedFlags", "it is very bad or getting worse over time"),
        QCoreApplication.translate("RedFlags", "you are worried or finding it hard to cope"),
    ]


def _leg_ambulance() -> list[str]:
    return [
        QCoreApplication.translate(
            "RedFlags", "pain spreading down both legs (sciatica on both sides)"
        ),
    ]


def _leg_today() -> list[str]:
    return [
        QCoreApplication.translate(
            "RedFlags", "new or increasing weakness or numbness in the leg that hurts"
        ),
    ]


def _leg_soon() -> list[str]:
    return [
        QCoreApplication.translate(
            "RedFlags",
            "pain down the leg that has not improved after a few weeks, is getting worse, or stops "
            "your normal activities",
        ),
    ]


def _neck_ambulance() -> list[str]:
    return [
        QCoreApplication.translate(
            "RedFlags",
            "a stiff neck with a high temperature, a severe headache, a dislike of bright light, "
            "drowsiness, or a rash that does not fade when you press a glass against it",
        ),
        QCoreApplication.translate(
            "RedFlags",
            "neck pain after a serious injury, such as a road accident or a fall, or numbness or "
            "weakness in your arms after an accident",
        ),
        QCoreApplication.translate(
            "RedFlags",
            "during or after pressing your neck: a sudden severe headache, dizziness or a spinning "
            "feeling, double vision, slurred speech, trouble swallowing, unsteadiness or vomiting",
        ),
    ]


def _neck_today() -> list[str]:
    return [
        QCoreApplication.translate(
            "RedFlags", "new tingling, numbness or weakness in your arms, hands, face or legs"
        ),
        QCoreApplication.translate(
            "RedFlags",
            "double vision, dizziness, feeling sick or fainting; changes in your speech, "
            "swallowing, balance or walking; clumsiness or falls",
        ),
        QCoreApplication.translate(
            "RedFlags", "a fever, feeling unwell, or weight loss that you cannot explain"
        ),
        QCoreApplication.translate(
            "RedFlags",
            "sudden stiffness of the neck and shoulders with trouble lifting both arms above your "
            "head, especially in the morning",
        ),
        QCoreApplication.translate(
            "RedFlags",
            "neck pain and you have had cancer, inflammatory arthritis, TB or HIV, have a weak "
            "immune system or use drugs",
        ),
    ]


def _neck_soon() -> list[str]:
    return [
        QCoreApplication.translate(
            "RedFlags", "neck pain or stiffness has not gone after a few weeks"
        ),
        QCoreApplication.translate(
            "RedFlags", "painkillers such as paracetamol or ibuprofen have not helped"
        ),
        QCoreApplication.translate("RedFlags", "you have pins and needles, or you are worried"),
    ]


def _belly_ambulance() -> list[str]:
    return [
        QCoreApplication.translate(
            "RedFlags", "belly pain that came on very suddenly, or is severe"
        ),
        QCoreApplication.translate("RedFlags", "a belly that hurts when you touch it"),
        QCoreApplication.translate(
            "RedFlags", "vomiting blood, or vomit that looks like coffee grounds"
        ),
        QCoreApplication.translate(
            "RedFlags", "blood in your poo, or poo that is black, sticky and very smelly"
        ),
        QCoreApplication.translate(
            "RedFlags", "being unable to pee, or unable to poo or pass wind"
        ),
        QCoreApplication.translate(
            "RedFlags", "chest pain or trouble breathing, or vomiting when you have diabetes"
        ),
        QCoreApplication.translate(
            "RedFlags", "severe belly pain when you are, or could be, less than 16 weeks pregnant"
        ),
    ]


def _belly_soon() -> list[str]:
    return [
        QCoreApplication.translate("RedFlags", "belly pain that gets much worse quickly"),
        QCoreApplication.translate(
            "RedFlags", "pain or bloating that will not go away or keeps coming back"
        ),
        QCoreApplication.translate(
            "RedFlags", "weight loss without trying, or trouble swallowing food"
        ),
        QCoreApplication.translate(
            "RedFlags", "bleeding from your bottom or vagina, or diarrhoea that lasts for days"
        ),
    ]


def _periods_ambulance() -> list[str]:
    return [
        QCoreApplication.translate(
            "RedFlags",
            "severe pelvic pain, pain that is getting worse, or pain when you move or touch the area",
        ),
        QCoreApplication.translate("RedFlags", "pelvic pain with heavy bleeding from the vagina"),
        QCoreApplication.translate("RedFlags", "sudden, sharp, intense pain low in your belly"),
        QCoreApplication.translate(
            "RedFlags", "dizziness or fainting, or feeling or being sick, with pelvic pain"
        ),
        QCoreApplication.translate(
            "RedFlags", "a very high temperature or shivering with pelvic pain"
        ),
    ]


def _periods_today() -> list[str]:
    return [
        QCoreApplication.translate(
            "RedFlags",
            "signs of a pelvic infection: pelvic pain, pain deep inside during sex, bleeding "
            "between periods or after sex, or unusual discharge",
        ),
        QCoreApplication.translate("RedFlags", "pelvic pain that comes and goes"),
    ]


def _periods_soon() -> list[str]:
    return [
        QCoreApplication.translate("RedFlags", "your period pain is severe"),
        QCoreApplication.translate(
            "RedFlags",
            "your usual pattern changes, for example your periods become much heavier or irregular",
        ),
    ]


def _none() -> list[str]:
    return []


_FLAGS = {
    "back": {"ambulance": _back_ambulance, "today": _back_today, "soon": _back_soon},
    "leg": {"ambulance": _leg_ambulance, "today": _leg_today, "soon": _leg_soon},
    "neck": {"ambulance": _neck_ambulance, "today": _neck_today, "soon": _neck_soon},
    "belly": {"ambulance": _belly_ambulance, "today": _none, "soon": _belly_soon},
    "periods": {"ambulance": _periods_ambulance, "today": _periods_today, "soon": _periods_soon},
}
assert set(_FLAGS) == set(RED_FLAG_TOPICS), "every topic has its signs"


def red_flags_html(topics: tuple[str, ...], *, with_topic_headings: bool = True) -> str:
    """The signs of these topics as HTML, one block per tier, most urgent first.

    Within a tier the topics keep the order given; with ``with_topic_headings`` each topic's
    signs sit under a small heading ("With neck pain"). The texts are the app's own (no user
    text), so the result is safe as rich text.
    """
    parts: list[str] = []
    for note in filter(None, (topic_note(topic) for topic in topics)):
        parts.append(f"<p>{note}</p>")
    for tier in TIERS:
        groups = [(topic, flags(topic, tier)) for topic in topics]
        groups = [(topic, items) for topic, items in groups if items]
        if not groups:
            continue
        parts.append(f"<p><b>{tier_heading(tier)}</b></p>")
        for topic, items in groups:
            if with_topic_headings and len(topics) > 1:
                parts.append(f"<p><i>{topic_heading(topic)}</i></p>")
            parts.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
    return "".join(parts)
