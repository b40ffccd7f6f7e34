"""Build the wheel, install it into a fresh virtual environment and run the installed app offscreen.

This proves what a user of ``pip install acupress-*.whl`` gets: the wheel carries the art
(``acupress_desktop/assets/``), the catalogue and routines (``acupress_desktop/data/*.json``) and
the compiled translations (``acupress_desktop/i18n/*.qm``), and the installed app finds them there,
not in this checkout. Steps, each timed:

1. ``python -m build`` (sdist, then the wheel from the sdist, so both are complete) into a
   temporary folder, or take ``--wheel PATH``;
2. list the wheel and compare it with the checkout: every asset, data file and ``.qm`` file must be
   inside it, at the path ``resources.py`` expects;
3. create a new venv and ``pip install`` the wheel with its dependencies (pip's cache makes this
   quick after the first time);
4. from a folder outside the checkout, with the new venv's Python: check that the assets resolve
   inside site-packages, load and validate the catalogue, and render one point's illustration
   offscreen (it must have drawn something);
5. run the installed ``acupress --screenshot out.png --data-dir DIR`` and check the picture.

Usage (``make wheel-check``; not part of ``make test``, it takes a minute)::

    python packaging/check_wheel.py [--wheel dist/acupress-0.1.0-py3-none-any.whl]
                                    [--no-isolation] [--keep DIR]

Exit status 0 when every check passed; otherwise the failing step says what went wrong.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from screenshot_check import screenshot_problem  # beside this script

ROOT = Path(__file__).resolve().parents[1]

# Runs inside the fresh venv, from a folder outside the checkout.
PROBE = r"""
import sys
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage

import acupress_desktop
from acupress_desktop import resources
from acupress_desktop.core.catalogue import load_catalogue
from acupress_desktop.ui.art.illustration import render_point

package = Path(acupress_desktop.__file__).resolve().parent
assert "site-packages" in package.parts, f"imported from {package}, not from the venv"
assert resources.ASSETS_DIR == package / "assets", f"assets resolved to {resources.ASSETS_DIR}"
catalogue = load_catalogue()
points = list(catalogue.points)
assert len(points) >= 20, f"only {len(points)} points in the installed catalogue"
app = QGuiApplication([])
point = points[0]
pixmap = render_point(catalogue, point, QSize(320, 320), app.palette())
image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
drawn = sum(
    1
    for y in range(0, image.height(), 4)
    for x in range(0, image.width(), 4)
    if image.pixelColor(x, y).alpha() > 0
)
assert drawn > 500, f"the illustration of {point.code} is nearly empty ({drawn} samples drawn)"
image.save(sys.argv[1])
print(f"{len(points)} points; {point.code} drawn from {resources.asset_path('illustrations')}")
"""


class CheckError(Exception):
    """A step found a problem; the message says which."""


@contextmanager
def step(title: str) -> Iterator[None]:
    """Print the step's title and, when it ends, how long it took."""
    print(f"-- {title}", flush=True)
    started = time.monotonic()
    yield
    print(f"   ok ({time.monotonic() - started:.1f} s)", flush=True)


def run(command: Sequence[str | Path], **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run ``command``; on failure raise CheckError with its output."""
    result = subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        check=False,
        **kwargs,  # type: ignore[call-overload]
    )
    if result.returncode != 0:
        raise CheckError(
            f"{' '.join(str(p) for p in command)} exited with {result.returncode}\n"
            f"{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
        )
    return result


def expected_wheel_files(root: Path = ROOT) -> set[str]:
    """Paths (inside the wheel) of every data file the installed app needs."""
    expected = {
        f"acupress_desktop/assets/{path.relative_to(root / 'assets').as_posix()}"
        for path in (root / "assets").rglob("*")
        if path.is_file() and path.suffix in {".svg", ".wav", ".png"}
    }
    package = root / "acupress_desktop"
    expected |= {
        f"acupress_desktop/data/{p.name}"
        for p in (package / "data").iterdir()
        if p.suffix in {".json", ".txt"}
    }
    expected |= {f"acupress_desktop/i18n/{p.name}" for p in (package / "i18n").glob("*.qm")}
    return expected


def build_wheel(out: Path, isolation: bool) -> Path:
    """``python -m build`` into ``out``; returns the wheel."""
    command: list[str | Path] = [sys.executable, "-m", "build", "--outdir", out]
    if not isolation:
        command.append("--no-isolation")
    run([*command, ROOT])
    wheels = sorted(out.glob("acupress-*.whl"))
    if len(wheels) != 1:
        raise CheckError(f"expected one wheel in {out}, found {wheels}")
    return wheels[0]


def check_contents(wheel: Path) -> None:
    """Every asset and data file is in the wheel, where resources.py looks for it."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    missing = sorted(expected_wheel_files() - names)
    if missing:
        raise CheckError("missing from the wheel:\n  " + "\n  ".join(missing))
    stray = sorted(n for n in names if n.startswith(("assets/", "tests/", "packaging/")))
    if stray:
        raise CheckError("outside the package in the wheel:\n  " + "\n  ".join(stray))
    print(f"   {wheel.name}: {wheel.stat().st_size / 1024:.0f} KiB, {len(names)} files")


def venv_bin(venv: Path, name: str) -> Path:
    """Path of an executable inside ``venv`` on this platform."""
    if os.name == "nt":
        return venv / "Scripts" / f"{name}.exe"
    return venv / "bin" / name


def app_env(home: Path) -> dict[str, str]:
    """Environment for the installed app: offscreen, with a throwaway home folder."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "PYTHONPATH"):
        env.pop(name, None)
    env["XDG_CACHE_HOME"] = str(home / ".cache")
    return env


def check_screenshot(path: Path) -> tuple[int, int]:
    """The screenshot exists, is big enough and is not one flat colour; returns its size."""
    size, problem = screenshot_problem(path)
    if problem:
        raise CheckError(problem)
    return size


def check(work: Path, wheel: Path | None, isolation: bool) -> None:
    """All steps, in ``work``."""
    if wheel is None:
        with step("build the sdist and the wheel (python -m build)"):
            wheel = build_wheel(work / "dist", isolation)
    with step("wheel contents"):
        check_contents(wheel)
    venv = work / "venv"
    with step("fresh venv + pip install the wheel"):
        run([sys.executable, "-m", "venv", venv])
        python = venv_bin(venv, "python")
        run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel])
    outside = work / "outside"  # not the checkout: only the installed package can be imported
    home = work / "home"
    outside.mkdir()
    home.mkdir()
    with step("installed package: assets, catalogue, one illustration offscreen"):
        result = run(
            [python, "-c", PROBE, outside / "illustration.png"], cwd=outside, env=app_env(home)
        )
        print("   " + result.stdout.strip())
    with step("installed app: acupress --screenshot out.png --data-dir DIR"):
        shot, data = outside / "out.png", work / "data"
        run(
            [venv_bin(venv, "acupress"), "--screenshot", shot, "--data-dir", data],
            cwd=outside,
            env=app_env(home),
            timeout=180,
        )
        width, height = check_screenshot(shot)
        if not (data / "settings.json").is_file():
            raise CheckError(f"--data-dir {data} holds no settings.json")
        print(f"   screenshot {width}x{height}")


def main(argv: Sequence[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--wheel", type=Path, help="check this wheel instead of building one")
    parser.add_argument(
        "--no-isolation",
        action="store_true",
        help="build with this venv's setuptools (python -m build --no-isolation)",
    )
    parser.add_argument("--keep", type=Path, help="work in DIR and leave it there")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=False)
            check(args.keep.resolve(), args.wheel, not args.no_isolation)
        else:
            with tempfile.TemporaryDirectory(prefix="acupress-wheel-") as work:
                check(Path(work), args.wheel, not args.no_isolation)
    except CheckError as exc:
        print(f"wheel check FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"wheel check passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
