"""The one version of Acupress, and every file that repeats it.

``acupress_desktop.__version__`` (acupress_desktop/__init__.py) is the only place the version is
written by hand. The wheel and the sdist read it from there (``dynamic = ["version"]`` in
pyproject.toml), and so do ``acupress --version``, Help → About and the bundle. Two files
repeat it because their formats need it written out: the AppStream metainfo's newest
``<release>`` and CHANGELOG.md's newest released section. This script checks them, and changes
all three at once::

    python packaging/version.py                       # print the version; exit 1 if a file disagrees
    python packaging/version.py set 0.2.0 [--date 2027-03-01]

``set`` writes the new ``__version__``, adds a ``<release>`` on top of the metainfo's releases
and turns CHANGELOG.md's "Unreleased" section into the new version's (with a fresh, empty
"Unreleased" above it). Write the release's description in the metainfo afterwards.
``tests/packaging/test_version.py`` fails when a file disagrees, and builds a copy of the
repository with a changed version to check that every artefact follows.
"""

from __future__ import annotations

import argparse
import ast
import datetime
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.acupress.Acupress"
PROJECT_URL = "https://github.com/acupress/acupress"

VERSION_RE = re.compile(r"\d+\.\d+\.\d+(?:(?:a|b|rc)\d+)?")
_ASSIGNMENT_RE = re.compile(r'^__version__ = "[^"]*"$', re.MULTILINE)
_CHANGELOG_RELEASE_RE = re.compile(r"^## \[(?P<version>[^\]]+)\]", re.MULTILINE)
_UNRELEASED = "## [Unreleased]"


def package_init(root: Path = ROOT) -> Path:
    """acupress_desktop/__init__.py, where the version is written."""
    return root / "acupress_desktop" / "__init__.py"


def metainfo_path(root: Path = ROOT) -> Path:
    """The AppStream metainfo file."""
    return root / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"


def changelog_path(root: Path = ROOT) -> Path:
    """CHANGELOG.md."""
    return root / "CHANGELOG.md"


def read_version(root: Path = ROOT) -> str:
    """``__version__`` as written in acupress_desktop/__init__.py (read, not imported: no Qt)."""
    tree = ast.parse(package_init(root).read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets
        ):
            value = node.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                return value.value
    raise ValueError(f"{package_init(root)} has no __version__ = '…' line")


def newest_metainfo_release(text: str) -> str | None:
    """The version of the first ``<release>`` (AppStream lists the newest first), or None."""
    release = ET.fromstring(text).find("releases/release")
    return None if release is None else release.get("version")


def metainfo_with_release(text: str, version: str, date: str) -> str:
    """The metainfo ``text`` with ``version`` as its newest release (added on top, dated ``date``;
    unchanged when it already is the newest). Text is inserted, not re-serialised, so the file's
    layout and comments stay as they are."""
    if newest_metainfo_release(text) == version:
        return text
    match = re.search(r"^(?P<indent>[ \t]*)<releases>\n", text, re.MULTILINE)
    if match is None:
        raise ValueError("the metainfo has no <releases> element")
    indent = match.group("indent")
    entry = f'{indent}  <release version="{version}" date="{date}"/>\n'
    return text[: match.end()] + entry + text[match.end() :]


def newest_changelog_release(text: str) -> str | None:
    """The version of CHANGELOG.md's first section after "Unreleased", or None."""
    for match in _CHANGELOG_RELEASE_RE.finditer(text):
        if match.group("version") != "Unreleased":
            return match.group("version")
    return None


def changelog_with_release(text: str, version: str, date: str) -> str:
    """CHANGELOG.md's ``text`` with its "Unreleased" section released as ``version`` on ``date``,
    a new empty "Unreleased" above it and the comparison links at the bottom updated."""
    if newest_changelog_release(text) == version:
        return text
    if _UNRELEASED not in text:
        raise ValueError(f"CHANGELOG.md has no {_UNRELEASED!r} section")
    previous = newest_changelog_release(text)
    text = text.replace(_UNRELEASED, f"{_UNRELEASED}\n\n## [{version}] - {date}", 1)
    link = re.compile(r"^\[Unreleased\]: .*$", re.MULTILINE)
    new_links = f"[Unreleased]: {PROJECT_URL}/compare/v{version}...HEAD\n" + (
        f"[{version}]: {PROJECT_URL}/compare/v{previous}...v{version}"
        if previous
        else f"[{version}]: {PROJECT_URL}/releases/tag/v{version}"
    )
    if link.search(text):
        return link.sub(new_links, text, count=1)
    return text.rstrip("\n") + "\n\n" + new_links + "\n"


def problems(root: Path = ROOT) -> list[str]:
    """What disagrees with ``__version__`` (empty when every file follows it)."""
    version = read_version(root)
    found = []
    if not VERSION_RE.fullmatch(version):
        found.append(f"__version__ {version!r} is not of the form 1.2.3 (or 1.2.3rc1)")
    released = newest_metainfo_release(metainfo_path(root).read_text(encoding="utf-8"))
    if released != version:
        found.append(f"{metainfo_path(root).name}: newest <release> is {released}, not {version}")
    logged = newest_changelog_release(changelog_path(root).read_text(encoding="utf-8"))
    if logged != version:
        found.append(f"CHANGELOG.md: newest released section is {logged}, not {version}")
    return found


def set_version(version: str, date: str, root: Path = ROOT) -> None:
    """Write ``version`` into __init__.py, the metainfo and CHANGELOG.md."""
    if not VERSION_RE.fullmatch(version):
        raise ValueError(f"{version!r} is not of the form 1.2.3 (or 1.2.3rc1)")
    init = package_init(root)
    source = init.read_text(encoding="utf-8")
    if not _ASSIGNMENT_RE.search(source):
        raise ValueError(f'{init} has no __version__ = "…" line')
    init.write_text(_ASSIGNMENT_RE.sub(f'__version__ = "{version}"', source), encoding="utf-8")
    for path, change in (
        (metainfo_path(root), metainfo_with_release),
        (changelog_path(root), changelog_with_release),
    ):
        path.write_text(change(path.read_text(encoding="utf-8"), version, date), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Print and check the version, or ``set`` a new one."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    commands = parser.add_subparsers(dest="command")
    setter = commands.add_parser("set", help="change the version in every file that names it")
    setter.add_argument("version")
    setter.add_argument("--date", default=datetime.date.today().isoformat(), help="YYYY-MM-DD")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.command == "set":
        set_version(args.version, args.date, args.root)
    print(read_version(args.root))
    found = problems(args.root)
    for problem in found:
        print(problem, file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
