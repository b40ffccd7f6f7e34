"""Update the translation sources and compile them: lupdate over the package, then lrelease.

Usage (from the repository root, with the project's virtual environment):

    python tools/update_translations.py              # every acupress_desktop/i18n/acupress_*.ts
    python tools/update_translations.py --language fr  # also start a new language (acupress_fr.ts)
    python tools/update_translations.py --release-only # only compile .ts -> .qm

`pyside6-lupdate` reads every ``self.tr("...")`` and ``QCoreApplication.translate("Context", "...")``
in ``acupress_desktop/**/*.py`` and merges the texts into each ``.ts`` file: existing translations
are kept, new texts arrive unfinished and texts no longer in the code are marked vanished (pass
``--no-obsolete`` to drop them). `pyside6-lrelease` then writes the ``.qm`` file next to each
``.ts``; the ``.qm`` files are committed so the app runs without the Qt tools. Then it lists
what each language's catalogue overlay (``data/points.<lang>.json``) lacks, if anything.
See docs/translations.md.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "acupress_desktop"
I18N = PACKAGE / "i18n"
#: Translation files are named acupress_<language>.ts (e.g. acupress_es.ts).
PREFIX = "acupress_"


class ToolMissingError(RuntimeError):
    """A Qt Linguist tool (pyside6-lupdate or pyside6-lrelease) cannot be found."""


def find_tool(name: str) -> Path:
    """The PySide6 tool ``name``: next to this Python (a virtual environment) or on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return beside
    found = shutil.which(name)
    if found:
        return Path(found)
    raise ToolMissingError(
        f"{name} was not found next to {sys.executable} or on PATH; install PySide6 "
        "(pip install -e '.[dev]') and run this script with that Python."
    )


def source_files(package: Path = PACKAGE) -> list[Path]:
    """Every Python file of the package, in a stable order."""
    return sorted(package.rglob("*.py"))


def ts_path(language: str, folder: Path = I18N) -> Path:
    """The .ts file of one language."""
    return folder / f"{PREFIX}{language}.ts"


def existing_languages(folder: Path = I18N) -> list[str]:
    """Languages that already have a .ts file."""
    return sorted(path.stem.removeprefix(PREFIX) for path in folder.glob(f"{PREFIX}*.ts"))


def run_lupdate(
    ts_file: Path,
    language: str,
    sources: Sequence[Path] | None = None,
    no_obsolete: bool = False,
    locations: str = "none",
) -> None:
    """Extract the texts from ``sources`` into ``ts_file`` (merging with what it already holds)."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    command = [
        str(find_tool("pyside6-lupdate")),
        *(str(path) for path in (sources if sources is not None else source_files())),
        "-source-language",
        "en",
        "-target-language",
        language,
        "-locations",
        locations,
        "-silent",
    ]
    if no_obsolete:
        command.append("-no-obsolete")
    command += ["-ts", str(ts_file)]
    subprocess.run(command, check=True, cwd=ROOT)


def run_lrelease(ts_file: Path) -> Path:
    """Compile ``ts_file`` into the .qm beside it; returns the .qm path."""
    qm_file = ts_file.with_suffix(".qm")
    command = [str(find_tool("pyside6-lrelease")), "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, check=True, cwd=ROOT)
    return qm_file


def overlay_problems(language: str, folder: Path | None = None) -> list[str]:
    """What the catalogue overlay of ``language`` (``data/points.<lang>.json``) lacks or gets
    wrong against the English catalogue (``core.localize.check_overlay``); empty when complete."""
    from acupress_desktop.core.catalogue import load_catalogue
    from acupress_desktop.core.localize import OverlayError, check_overlay, load_overlay

    try:
        overlay = load_overlay(language, folder)
    except OverlayError as exc:
        return [str(exc)]
    if overlay is None:
        return [f"no points.{language}.json: the points stay English"]
    return check_overlay(load_catalogue(), overlay)


def main(argv: Sequence[str] | None = None) -> int:
    """Update every .ts (plus any --language asked for), then compile each to .qm."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--language",
        action="append",
        default=[],
        help="a language code to update or start (e.g. es, fr, pt_BR); repeatable",
    )
    parser.add_argument(
        "--no-obsolete", action="store_true", help="drop texts that are no longer in the code"
    )
    parser.add_argument(
        "--release-only", action="store_true", help="only compile the .ts files to .qm"
    )
    args = parser.parse_args(argv)
    languages = sorted(set(existing_languages()) | set(args.language))
    if not languages:
        parser.error("no acupress_*.ts in acupress_desktop/i18n/; pass --language CODE")
    try:
        for language in languages:
            ts_file = ts_path(language)
            if not args.release_only:
                run_lupdate(ts_file, language, no_obsolete=args.no_obsolete)
            qm_file = run_lrelease(ts_file)
            print(f"{ts_file.relative_to(ROOT)} -> {qm_file.relative_to(ROOT)}")
            for problem in overlay_problems(language):
                print(f"{language} catalogue overlay: {problem}", file=sys.stderr)
    except ToolMissingError as exc:
        print(exc, file=sys.stderr)
        return 2
    except subprocess.CalledProcessError as exc:
        print(f"{Path(exc.cmd[0]).name} failed with exit status {exc.returncode}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
