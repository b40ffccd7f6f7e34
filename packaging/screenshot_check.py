"""The check both packaging tests make of the app's ``--screenshot`` picture (the installed wheel's
in check_wheel.py, the bundle's in smoke_test.py): big enough, and not one flat colour."""

from __future__ import annotations

from pathlib import Path

MIN_SCREENSHOT = (1000, 600)  # the main window's smallest default size, in pixels


def screenshot_problem(path: Path) -> tuple[tuple[int, int], str]:
    """(size, problem): the picture's size and what is wrong with it ("" when nothing is)."""
    from PIL import Image

    if not path.is_file():
        return (0, 0), f"no screenshot at {path}"
    with Image.open(path) as image:
        size = image.size
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000) or []
    if size[0] < MIN_SCREENSHOT[0] or size[1] < MIN_SCREENSHOT[1]:
        return size, f"screenshot is only {size[0]}x{size[1]}"
    if len(colours) < 50:
        return size, f"screenshot has only {len(colours)} colours: nothing was drawn?"
    return size, ""
