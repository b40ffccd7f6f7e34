"""The Spanish UI translation: complete, with placeholders and shortcuts intact, in step with the code,
and the compiled .qm translates at run time."""

from __future__ import annotations

import importlib.util
import itertools
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "acupress_desktop" / "i18n"
TS = I18N / "acupress_es.ts"
QM = I18N / "acupress_es.qm"
#: Spanish has two plural forms (one, other).
SPANISH_PLURAL_FORMS = 2
_PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[a-z_]+\}")
#: A mnemonic: "&" before a letter (not "&&", not an HTML entity such as "&nbsp;").
_MNEMONIC = re.compile(r"&(?!&)(?![a-z]+;)(\w)")


@dataclass(frozen=True)
class Message:
    """One message of a .ts file."""

    context: str
    source: str
    numerus: bool
    kind: str  # "" (finished), "unfinished", "vanished" or "obsolete"
    forms: tuple[str, ...]


def read_ts(path: Path) -> list[Message]:
    """Every message of a .ts file."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    numerus,
                    translation.get("type", ""),
                    forms,
                )
            )
    return messages


def current(messages: list[Message]) -> list[Message]:
    """Messages still in the code (not vanished or obsolete)."""
    return [m for m in messages if m.kind not in ("vanished", "obsolete")]


def load_tool() -> ModuleType:
    """tools/update_translations.py as a module."""
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def linguist_tool(name: str) -> Path | None:
    """A Qt Linguist tool next to this Python or on PATH, or None."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return beside
    found = shutil.which(name)
    return Path(found) if found else None


# --------------------------------------------------------------------------------------------
# The .ts file
# --------------------------------------------------------------------------------------------


def test_every_message_is_translated() -> None:
    """No unfinished or empty translation; plural messages have both Spanish forms."""
    messages = current(read_ts(TS))
    assert len(messages) > 300
    unfinished = [(m.context, m.source) for m in messages if m.kind == "unfinished"]
    assert not unfinished, f"unfinished translations: {unfinished}"
    for message in messages:
        assert all(form.strip() for form in message.forms), (message.context, message.source)
        if message.numerus:
            assert len(message.forms) == SPANISH_PLURAL_FORMS, (message.context, message.source)


def test_placeholders_are_kept() -> None:
    """%1, %2 …, {name} are in every translation as in the source; %n in the plural form."""
    for message in current(read_ts(TS)):
        wanted = Counter(p for p in _PLACEHOLDER.findall(message.source) if p != "%n")
        for form in message.forms:
            got = Counter(p for p in _PLACEHOLDER.findall(form) if p != "%n")
            assert got == wanted, (message.context, message.source, form)
        if "%n" in message.source:
            assert "%n" in message.forms[-1], (message.context, message.source)


def test_mnemonics_are_kept_and_unique_per_window() -> None:
    """A source with an "&" shortcut keeps exactly one in Spanish, and no two clash in a window,
    in Spanish or in English."""
    messages = current(read_ts(TS))
    spanish: dict[str, dict[str, str]] = {}
    english: dict[str, dict[str, str]] = {}
    for message in messages:
        if not _MNEMONIC.search(message.source):
            continue
        found = _MNEMONIC.findall(message.forms[0])
        assert len(found) == 1, (message.context, message.source, message.forms[0])
        spanish.setdefault(message.context, {})[message.source] = found[0].lower()
        english.setdefault(message.context, {})[message.source] = _MNEMONIC.findall(message.source)[
            0
        ].lower()
    # Controls that are on screen together (a dialog, a page, or the menu bar and its window):
    # each group is a list of (context, sources) pairs; None takes the context's every source.
    session_actions = ("&Pause or resume", "Pre&vious", "&Next", "Add &30 seconds",
                       "St&op the session", "&Full screen", "&Mute sounds", "Mini &timer")  # fmt: skip
    groups: dict[str, list[tuple[str, tuple[str, ...] | None]]] = {
        "routine editor": [("RoutineEditor", None)],
        "routines page": [("RoutinesPage", None)],
        "history page": [("HistoryView", None)],
        "session summary": [
            (
                "SessionView",
                ("Pain &before (0–10)", "Pain &after (0–10)", "Keep these points as a &routine:"),
            ),
        ],  # fmt: skip
        "settings dialog": [("SettingsDialog", None)],
        "about dialog": [("AboutDialog", None)],
        "menu bar": [
            ("MainWindow", ("&File", "&View", "&Session", "&Help", "&Concern", "Sea&rch"))
        ],
        "view menu": [
            (
                "MainWindow",
                (
                    "&Search points",
                    "&Body map",
                    "Point &cards",
                    "Point &details",
                    "Show &all points",
                ),
            ),
        ],  # fmt: skip
        "file menu": [("MainWindow", ("&Import routines…", "&Settings…", "&Quit"))],
        "crash dialog": [("CrashDialog", None)],
        "session menu": [
            ("MainWindow", ("&Add point to session", "&Start session")),
            ("SessionView", session_actions),
        ],
        "help menu": [
            (
                "MainWindow",
                (
                    "&Safety notice",
                    "&Measure with your own hand",
                    "&Pressure scale",
                    "About the &evidence",
                    "&About Acupress",
                ),
            ),
        ],  # fmt: skip
    }
    for (group, parts), letters in itertools.product(groups.items(), (spanish, english)):
        chosen: dict[str, str] = {}
        for context, sources in parts:
            found = letters.get(context, {})
            if sources is not None:
                found = {source: found[source] for source in sources if source in found}
            chosen.update(found)
        clashes = [k for k, n in Counter(chosen.values()).items() if n > 1]
        assert not clashes, f"{group}: shortcut letters used twice: {clashes} in {chosen}"


def test_terminology_is_consistent() -> None:
    """The same English text gets the same Spanish in every context (one word per idea)."""
    seen: dict[str, set[tuple[str, ...]]] = {}
    for message in current(read_ts(TS)):
        seen.setdefault(message.source, set()).add(message.forms)
    # "%1 left": the ring speaks words ("Tiempo restante: 1 minuto", as "quedan 1 minuto" would be
    # wrong in the singular) while the session view shows a clock ("Quedan 2:23").
    intended = {"%1 left"}
    differing = {
        source: forms for source, forms in seen.items() if len(forms) > 1 and source not in intended
    }
    assert not differing, differing


def test_every_string_in_the_code_is_in_the_ts(tmp_path: Path) -> None:
    """lupdate over the code finds no text that the committed .ts lacks (run the update tool)."""
    if linguist_tool("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed (it comes with PySide6's tools)")
    tool = load_tool()
    fresh = tmp_path / "acupress_es.ts"
    tool.run_lupdate(fresh, "es")
    in_code = {(m.context, m.source, m.numerus) for m in read_ts(fresh)}
    committed = {(m.context, m.source, m.numerus) for m in current(read_ts(TS))}
    missing = sorted(in_code - committed)
    assert not missing, (
        "texts in the code but not in acupress_es.ts (run python tools/update_translations.py "
        f"and translate them): {missing}"
    )
    stale = sorted(committed - in_code)
    assert not stale, f"texts in acupress_es.ts that the code no longer has: {stale}"


def test_committed_qm_matches_the_ts(tmp_path: Path) -> None:
    """The committed .qm is what lrelease makes of the committed .ts (nobody forgot to compile)."""
    lrelease = linguist_tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed (it comes with PySide6's tools)")
    fresh = tmp_path / "acupress_es.qm"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run python tools/update_translations.py"


# --------------------------------------------------------------------------------------------
# The compiled .qm at run time
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("context", "source", "spanish"),
    [
        ("SessionList", "Start session", "Empezar la sesión"),
        ("MainWindow", "&Start session", "&Empezar la sesión"),
        ("BreathingPacer", "Breathe in", "Inspire"),
        ("BreathingPacer", "Breathe out", "Espire"),
        ("Session", "Switch sides", "Cambie de lado"),
        ("Session", "left leg", "pierna izquierda"),
        ("Labels", "Lower back pain", "Dolor lumbar"),
        ("SafetyDialog", "Safety notice", "Aviso de seguridad"),
        ("PointDetail", "How to find it", "Cómo encontrarlo"),
    ],
)
def test_qm_translates_known_strings(
    spanish_translator: QTranslator, context: str, source: str, spanish: str
) -> None:
    """With the Spanish .qm installed, translate() returns the Spanish text."""
    assert QCoreApplication.translate(context, source) == spanish


def test_qm_plural_forms(spanish_translator: QTranslator) -> None:
    """Plural messages pick the Spanish singular or plural form and fill in the number."""
    day = "%n day(s) in a row"
    assert QCoreApplication.translate("HistoryView", day, None, 1) == "1 día seguido"
    assert QCoreApplication.translate("HistoryView", day, None, 4) == "4 días seguidos"
    minute = "%n minute(s)"
    assert QCoreApplication.translate("CountdownRing", minute, None, 2) == "2 minutos"


def test_session_words_in_spanish(spanish_translator: QTranslator, catalogue) -> None:  # type: ignore[no-untyped-def]
    """The session's own helpers (no wrapper around translate any more) speak Spanish."""
    from acupress_desktop.controllers.session_text import side_phrase
    from acupress_desktop.ui.labels import badges, region_name

    assert side_phrase(catalogue.point("ST36"), "left") == "pierna izquierda"
    assert side_phrase(catalogue.point("GV4"), "midline") == "sobre la columna"
    assert region_name("feet") == "Pies y tobillos"
    assert "Evitar en el embarazo" in badges(catalogue.point("LI4"))


def test_the_update_tool_lists_what_a_catalogue_overlay_lacks(tmp_path: Path) -> None:
    """tools/update_translations.py reports overlay gaps: none for Spanish, the missing file
    for a language without one, and a missing point by name."""
    import json

    tool = load_tool()
    assert tool.overlay_problems("es") == []
    assert tool.overlay_problems("fr") == ["no points.fr.json: the points stay English"]
    data = ROOT / "acupress_desktop" / "data"
    spanish = json.loads((data / "points.es.json").read_text(encoding="utf-8"))
    del spanish["points"]["BL23"]
    (tmp_path / "points.es.json").write_text(json.dumps(spanish), encoding="utf-8")
    assert tool.overlay_problems("es", tmp_path) == ["point 'BL23': missing"]
