"""Write the notices of the third-party software Acupress runs on: who made it, its licence, and
the licence's text.

Without ``--bundle`` it covers what every install brings: the Python distributions Acupress
depends on at run time (``[project] dependencies`` of pyproject.toml and, through
``importlib.metadata``, what they depend on: PySide6-Essentials, PySide6-Addons, shiboken6,
platformdirs) and Python itself. For each: name, version, licence (the ``License-Expression``,
else ``License`` or the licence classifiers), homepage, and the licence files the distribution
ships in its ``.dist-info``. PySide6 6.12 ships none, so the texts its licence names (LGPL-3.0,
GPL-2.0, GPL-3.0) are taken from this repository's LICENSE (GPL-3.0) or the system's
``/usr/share/common-licenses`` (Debian), else named with their SPDX address. Each text is
written once, at the end. The result is committed as ``acupress_desktop/data/third_party_notices.txt``
(``make notices``), which the wheel and the bundle carry and Help → About → Third-party licences
shows; ``tests/packaging/test_third_party_notices.py`` fails when its list of distributions and
licences no longer matches the dependencies.

With ``--bundle DIR`` (a PyInstaller bundle, ``dist/Acupress``) it also lists every shared
library in DIR: each one is looked up with ``dpkg -S`` and given its Debian package's
``/usr/share/doc/<package>/copyright``; libraries that belong to PySide6's wheels or Python are
named as such, and those it cannot map are listed. Written to ``DIR/THIRD-PARTY-NOTICES.txt``
unless ``--out`` says otherwise.

Usage::

    python packaging/third_party_notices.py [--out PATH] [--bundle DIR]
"""

from __future__ import annotations

import argparse
import platform
import re
import shutil
import subprocess
import sys
import textwrap
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "acupress_desktop" / "data" / "third_party_notices.txt"
COMMON_LICENSES = Path("/usr/share/common-licenses")
#: where a licence's text is found when a distribution does not ship it, by SPDX id
LICENCE_TEXT_SOURCES: dict[str, list[Path]] = {
    "GPL-3.0-only": [ROOT / "LICENSE", COMMON_LICENSES / "GPL-3"],
    "GPL-3.0-or-later": [ROOT / "LICENSE", COMMON_LICENSES / "GPL-3"],
    "GPL-2.0-only": [COMMON_LICENSES / "GPL-2"],
    "GPL-2.0-or-later": [COMMON_LICENSES / "GPL-2"],
    "LGPL-3.0-only": [COMMON_LICENSES / "LGPL-3"],
    "LGPL-3.0-or-later": [COMMON_LICENSES / "LGPL-3"],
    "LGPL-2.1-only": [COMMON_LICENSES / "LGPL-2.1"],
    "LGPL-2.1-or-later": [COMMON_LICENSES / "LGPL-2.1"],
    "Apache-2.0": [COMMON_LICENSES / "Apache-2.0"],
    "MPL-2.0": [COMMON_LICENSES / "MPL-2.0"],
}
#: what a distribution's metadata does not say, by canonical name
EXTRA_NOTES = {
    name: "Its wheels include the Qt libraries (the same licence choice) and the third-party "
    "code inside Qt, each under its own licence: https://doc.qt.io/qt-6/licenses-used-in-qt.html"
    for name in ("pyside6-essentials", "pyside6-addons")
}
_SPDX_OPERATORS = {"AND", "OR", "WITH"}
_ENTRY = re.compile(r"^(?P<name>\S+) (?P<version>\S+)\n  Licence: (?P<licence>.+)$", re.MULTILINE)
_RULE = "=" * 78


@dataclass(frozen=True)
class LicenceText:
    """One licence text: a title (which licence, whose copy) and the text."""

    title: str
    text: str


@dataclass(frozen=True)
class Component:
    """A piece of third-party software and the licence texts that apply to it."""

    name: str
    version: str
    licence: str
    homepage: str
    texts: tuple[LicenceText, ...] = field(default=())
    note: str = ""


def project_dependencies(root: Path = ROOT) -> list[Requirement]:
    """The run-time requirements of pyproject.toml's ``[project] dependencies``."""
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(text) for text in project["dependencies"]]


def _applies(requirement: Requirement) -> bool:
    """Whether a requirement is installed at run time here (no extra; its marker holds)."""
    return requirement.marker is None or requirement.marker.evaluate({"extra": ""})


def runtime_distributions(
    roots: Iterable[Requirement] | None = None,
) -> list[metadata.Distribution]:
    """The installed distributions that the run-time requirements pull in, roots first, each
    once, sorted by name."""
    pending = list(project_dependencies() if roots is None else roots)
    found: dict[str, metadata.Distribution] = {}
    while pending:
        requirement = pending.pop()
        key = canonicalize_name(requirement.name)
        if key in found or not _applies(requirement):
            continue
        distribution = metadata.distribution(requirement.name)
        found[key] = distribution
        pending.extend(Requirement(text) for text in distribution.requires or [])
    return [found[key] for key in sorted(found)]


def _field(distribution: metadata.Distribution, name: str) -> str:
    """A metadata field's first value, or "" (without the deprecated None of ``meta[name]``)."""
    values = distribution.metadata.get_all(name) or []
    return str(values[0]) if values else ""


def display_name(distribution: metadata.Distribution) -> str:
    """The distribution's name as its project spells it, with dashes (PySide6-Essentials)."""
    return _field(distribution, "Name").replace("_", "-")


def licence_of(distribution: metadata.Distribution) -> str:
    """The licence as the distribution declares it: its SPDX expression, else its one-line
    License field, else its licence classifiers."""
    expression = _field(distribution, "License-Expression").strip()
    if expression:
        return expression
    declared = _field(distribution, "License").strip()
    if declared and "\n" not in declared and len(declared) < 120:
        return declared
    classifiers = [
        str(c).removeprefix("License :: ").removeprefix("OSI Approved :: ")
        for c in distribution.metadata.get_all("Classifier") or []
        if str(c).startswith("License :: ")
    ]
    return "; ".join(classifiers) or "not declared"


def homepage_of(distribution: metadata.Distribution) -> str:
    """The distribution's homepage (Home-page, else its Project-URL called Homepage, else the
    first Project-URL)."""
    if _field(distribution, "Home-page"):
        return _field(distribution, "Home-page")
    urls = [str(u).split(",", 1) for u in distribution.metadata.get_all("Project-URL") or []]
    for label, url in urls:
        if label.strip().lower() in {"homepage", "home", "source"}:
            return url.strip()
    return urls[0][1].strip() if urls else ""


def shipped_licence_files(distribution: metadata.Distribution) -> list[LicenceText]:
    """The licence files in the distribution's .dist-info (PEP 639's licenses/ folder, the
    License-File entries, or files named LICENSE, COPYING, NOTICE, AUTHORS)."""
    texts = []
    seen = set()
    names = [str(n) for n in distribution.metadata.get_all("License-File") or []]
    for path in distribution.files or []:
        parts = path.parts
        if len(parts) >= 2 and parts[0].endswith(".dist-info"):
            inner = "/".join(parts[1:])
            stem = parts[-1].upper()
            if parts[1] == "licenses" or stem.startswith(("LICEN", "COPYING", "NOTICE", "AUTHORS")):
                names.append(inner.removeprefix("licenses/"))
    for name in names:
        for candidate in (f"licenses/{name}", name):
            text = distribution.read_text(candidate)
            if text is not None and candidate not in seen:
                seen.add(candidate)
                texts.append(LicenceText(f"{display_name(distribution)}: {name}", text))
                break
    return texts


def spdx_ids(expression: str) -> list[str]:
    """The licence ids an SPDX expression names, in order ("A OR (B AND C)" → A, B, C)."""
    tokens = re.findall(r"[A-Za-z0-9.+-]+", expression)
    return list(dict.fromkeys(t for t in tokens if t not in _SPDX_OPERATORS))


def standard_text(spdx_id: str) -> LicenceText:
    """The text of a standard licence from this repository or the system, else its address."""
    for path in LICENCE_TEXT_SOURCES.get(spdx_id, []):
        if path.is_file():
            return LicenceText(spdx_id, path.read_text(encoding="utf-8"))
    return LicenceText(
        spdx_id, f"The text of {spdx_id}: https://spdx.org/licenses/{spdx_id}.html\n"
    )


def component_of(distribution: metadata.Distribution) -> Component:
    """A run-time distribution with its licence texts (shipped ones, else the standard texts its
    SPDX expression names)."""
    licence = licence_of(distribution)
    texts = shipped_licence_files(distribution)
    notes = []
    if not texts:
        texts = [standard_text(spdx) for spdx in spdx_ids(licence)]
        notes.append("It ships no licence file; the texts of the licences it names apply.")
    notes.append(EXTRA_NOTES.get(canonicalize_name(_field(distribution, "Name")), ""))
    return Component(
        display_name(distribution),
        distribution.version,
        licence,
        homepage_of(distribution),
        tuple(texts),
        " ".join(note for note in notes if note),
    )


def python_licence_file() -> Path | None:
    """Python's own LICENSE.txt, where this installation has one."""
    base = Path(sys.base_prefix)
    short = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (base / "LICENSE.txt", base / "lib" / short / "LICENSE.txt"):
        if candidate.is_file():
            return candidate
    return None


def python_component() -> Component:
    """Python itself, under the Python Software Foundation License."""
    version = platform.python_version()
    path = python_licence_file()
    if path is not None:
        texts = (LicenceText("Python: LICENSE.txt", path.read_text(encoding="utf-8")),)
    else:
        texts = (
            LicenceText(
                "Python",
                f"Python {version} is distributed under the Python Software Foundation License "
                "Version 2 (PSF-2.0): https://docs.python.org/3/license.html\n",
            ),
        )
    return Component("Python", version, "PSF-2.0", "https://www.python.org", texts)


# -- shared libraries of a bundle ------------------------------------------------------------
def shared_libraries(bundle: Path) -> list[Path]:
    """Every ELF shared library (``*.so``, ``*.so.N``) under ``bundle``, sorted."""
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink() and re.search(r"\.so(\.\d+)*$", path.name):
            with path.open("rb") as file:
                if file.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def debian_packages(libraries: Iterable[str]) -> dict[str, str]:
    """The Debian package that installed each library file name, by name, from one ``dpkg -S``
    (names no package has are left out; empty without dpkg)."""
    names = sorted(set(libraries))
    if not names or shutil.which("dpkg") is None:
        return {}
    result = subprocess.run(
        ["dpkg", "-S", *(f"*/{name}" for name in names)],
        capture_output=True,
        text=True,
        check=False,  # exit status 1 when some name is not found; the others are still listed
        timeout=300,
    )
    found: dict[str, str] = {}
    for line in result.stdout.splitlines():
        packages, _, path = line.partition(": ")
        name = Path(path.strip()).name
        if name in names and name not in found and not packages.startswith("diversion by"):
            found[name] = packages.split(",")[0].strip()
    return found


def debian_copyright(package: str) -> str | None:
    """``/usr/share/doc/<package>/copyright`` (architecture qualifier dropped), or None."""
    path = Path("/usr/share/doc") / package.split(":")[0] / "copyright"
    return path.read_text(encoding="utf-8", errors="replace") if path.is_file() else None


def bundle_section(bundle: Path) -> list[str]:
    """The notice lines for a bundle's shared libraries."""
    by_package: dict[str, list[str]] = {}
    covered: list[str] = []
    unmapped: list[str] = []
    libraries = shared_libraries(bundle)
    others = []
    for library in libraries:
        relative = library.relative_to(bundle).as_posix()
        if re.search(r"(^|/)(PySide6|shiboken6)/", relative) or library.name.startswith(
            ("libpython", "libshiboken6", "libpyside6")
        ):
            covered.append(relative)
        else:
            others.append(library)
    packages = debian_packages(library.name for library in others)
    for library in others:
        relative = library.relative_to(bundle).as_posix()
        package = packages.get(library.name)
        if package is None:
            unmapped.append(relative)
        else:
            by_package.setdefault(package, []).append(relative)
    lines = [_RULE, f"Shared libraries in the bundle ({len(libraries)})", _RULE, ""]
    if covered:
        lines += ["Part of PySide6, shiboken6 or Python (their licences are above):", ""]
        lines += [f"  {name}" for name in covered] + [""]
    for package in sorted(by_package):
        lines += [f"Debian package {package}:"]
        lines += [f"  {name}" for name in by_package[package]]
        copyright_text = debian_copyright(package)
        lines += [""]
        if copyright_text is None:
            lines += [f"  (no /usr/share/doc/{package.split(':')[0]}/copyright on this system)", ""]
        else:
            lines += [f"--- /usr/share/doc/{package.split(':')[0]}/copyright ---", ""]
            lines += [copyright_text.rstrip("\n"), ""]
    lines += ["Libraries not mapped to a package:", ""]
    lines += [f"  {name}" for name in unmapped] if unmapped else ["  (none)"]
    return lines + [""]


# -- the notices file ------------------------------------------------------------------------
def components() -> list[Component]:
    """The run-time distributions, then Python."""
    return [component_of(d) for d in runtime_distributions()] + [python_component()]


def render(parts: Sequence[Component], bundle: Path | None = None) -> str:
    """The notices as plain text: a list of components, then each licence text once."""
    intro = (
        "Acupress is free software under the GNU General Public License, version 3 or later. "
        "It runs on the following third-party software, each under its own licence; the "
        "licence texts follow the list."
    )
    lines = ["Third-party software in Acupress", _RULE, "", *textwrap.wrap(intro, 78), ""]
    texts: dict[str, LicenceText] = {}
    for part in parts:
        lines += [f"{part.name} {part.version}", f"  Licence: {part.licence}"]
        if part.homepage:
            lines += [f"  Homepage: {part.homepage}"]
        if part.note:
            wrapped = textwrap.wrap(part.note, 76, break_on_hyphens=False, break_long_words=False)
            lines += [f"  {line}" for line in wrapped]
        lines += ["  Texts: " + "; ".join(text.title for text in part.texts), ""]
        for text in part.texts:
            texts.setdefault(text.title, text)
    if bundle is not None:
        lines += bundle_section(bundle)
    lines += [_RULE, "Licence texts", _RULE, ""]
    for text in texts.values():
        lines += [f"--- {text.title} ---", "", text.text.rstrip("\n"), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def listed(text: str) -> dict[str, str]:
    """The components a notices file lists, by name, with their licences (versions ignored)."""
    head = text.split(f"{_RULE}\nLicence texts\n", 1)[0]
    return {match["name"]: match["licence"].strip() for match in _ENTRY.finditer(head)}


def main(argv: Sequence[str] | None = None) -> int:
    """Write the notices file."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, help=f"where to write (default: {DEFAULT_OUT})")
    parser.add_argument("--bundle", type=Path, help="also list this bundle's shared libraries")
    args = parser.parse_args(argv)
    if args.bundle is not None and not args.bundle.is_dir():
        parser.error(f"--bundle {args.bundle} is not a folder")
    out = args.out or (args.bundle / "THIRD-PARTY-NOTICES.txt" if args.bundle else DEFAULT_OUT)
    out.write_text(render(components(), args.bundle), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
