"""The command line as a desktop shortcut or a second click uses it: --point, --page,
--screenshot, and a second launch that hands its arguments to the running copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from tests.desktop.desktop import RunningApp, wait_for


def test_point_and_page_options(launch) -> None:  # type: ignore[no-untyped-def]
    """--point LV13 opens LR13's details; --page history opens History on its first control;
    --page settings opens Settings on its first control."""
    app: RunningApp = launch("--point", "LV13")
    app.wait_node("label", name_contains="Point details: LR13 ")
    app.kill()
    history: RunningApp = launch("--page", "history")
    history.wait_focus("Choose a routine to start a first session", 10)
    history.kill()
    settings: RunningApp = launch("--page", "settings")
    settings.wait_focus(lambda node: node.role == "combo box", 10, "the theme")


def test_screenshot_option_writes_the_page_asked_for(launch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """--screenshot with --page routines writes a picture and exits with success."""
    shot = tmp_path / "routines.png"
    app: RunningApp = launch("--page", "routines", "--screenshot", str(shot), ready=False)
    assert app.wait_exit(60) == 0, app.output()
    image = QImage(str(shot))
    assert image.width() >= 1000 and image.height() >= 600


def test_a_second_launch_hands_its_arguments_to_the_running_copy(launch) -> None:  # type: ignore[no-untyped-def]
    """Started again with --point GV4, Acupress does not open twice: the running window shows
    GV4 and the second process ends at once."""
    first: RunningApp = launch()
    second: RunningApp = launch("--point", "GV4", ready=False)
    assert second.wait_exit(30) == 0, second.output()
    assert "already running" in second.output()
    first.wait_node("label", name_contains="Point details: GV4 ", timeout=10)
    wait_for(lambda: first.process.poll() is None, 1, "the first copy quit")
