"""What the ELF files of a Linux bundle (dist/Acupress/) need from the system they run on.

Reads every ELF file in the bundle with binutils' ``readelf`` (no Python ELF library needed):

- the libraries each one links (``DT_NEEDED``), so the ones the bundle does not carry itself are
  known: those must come from the system, and the .deb depends on their packages;
- the symbol versions each one needs (``.gnu.version_r``), so the highest ``GLIBC_x.y`` is known:
  the oldest glibc the bundle runs on, the .deb's ``libc6 (>= x.y)``.

Usage (prints the figures; exit 1 when the bundle needs a newer glibc than ``--max-glibc``)::

    python packaging/bundle_elf.py [--bundle dist/Acupress] [--max-glibc 2.34]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BUNDLE = ROOT / "dist" / "Acupress"
ELF_MAGIC = b"\x7fELF"
GLIBC_VERSION = re.compile(r"^GLIBC_(\d+(?:\.\d+)+)$")
# glibc's own libraries (the libc6 package): never in a bundle, always from the system.
GLIBC_SONAMES = re.compile(
    r"^(libc|libm|libdl|libpthread|librt|libutil|libresolv|libanl|libnsl|libcrypt|"
    r"libmvec|libBrokenLocale|libthread_db)\.so\.\d+$|^ld-linux[-.\w]*\.so\.\d+$"
)

Version = tuple[int, ...]


@dataclass(frozen=True)
class ElfInfo:
    """One ELF file's dynamic needs."""

    path: Path
    needed: tuple[str, ...]  # DT_NEEDED sonames, in order
    versions: dict[str, frozenset[str]] = field(default_factory=dict)  # soname -> versions


def is_elf(path: Path) -> bool:
    """Whether ``path`` is a regular file (not a link) that starts with the ELF magic."""
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as stream:
        return stream.read(4) == ELF_MAGIC


def elf_files(bundle: Path) -> list[Path]:
    """Every ELF file in ``bundle``, sorted."""
    return sorted(path for path in bundle.rglob("*") if is_elf(path))


def _readelf(*args: str | Path) -> str:
    result = subprocess.run(
        ["readelf", "--wide", *(str(a) for a in args)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"readelf {' '.join(map(str, args))} failed: {result.stderr.strip()}")
    return result.stdout


def parse_needed(dynamic: str) -> tuple[str, ...]:
    """The sonames in ``readelf --dynamic`` output's ``(NEEDED)`` lines."""
    return tuple(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic))


def parse_version_needs(version_info: str) -> dict[str, frozenset[str]]:
    """``readelf --version-info`` output's "Version needs" section: soname -> version names."""
    needs: dict[str, set[str]] = {}
    section = version_info.split("Version needs section", 1)
    if len(section) < 2:
        return {}
    current: str | None = None
    for line in section[1].splitlines():
        if line.lstrip().startswith("Version ") and "section" in line:
            break  # another section follows
        file_match = re.search(r"File: (\S+)", line)
        if file_match:
            current = file_match.group(1)
            needs.setdefault(current, set())
            continue
        name_match = re.search(r"Name: (\S+)", line)
        if name_match and current is not None:
            needs[current].add(name_match.group(1))
    return {soname: frozenset(names) for soname, names in needs.items()}


@cache
def elf_info(path: Path) -> ElfInfo:
    """``path``'s needed libraries and symbol versions (readelf, cached per path)."""
    return ElfInfo(
        path=path,
        needed=parse_needed(_readelf("--dynamic", path)),
        versions=parse_version_needs(_readelf("--version-info", path)),
    )


def parse_version(text: str) -> Version:
    """``"2.34"`` -> ``(2, 34)``."""
    return tuple(int(part) for part in text.split("."))


def format_version(version: Version) -> str:
    """``(2, 34)`` -> ``"2.34"``."""
    return ".".join(str(part) for part in version)


def glibc_versions(info: ElfInfo) -> list[Version]:
    """The ``GLIBC_x.y`` versions ``info`` needs, from any of glibc's libraries."""
    found = []
    for names in info.versions.values():
        for name in names:
            match = GLIBC_VERSION.match(name)
            if match:
                found.append(parse_version(match.group(1)))
    return found


def glibc_needed(infos: Iterable[ElfInfo]) -> tuple[Version, list[Path]]:
    """The highest glibc version any file needs, and the files that need exactly that one."""
    highest: Version = (0,)
    who: list[Path] = []
    for info in infos:
        versions = glibc_versions(info)
        if not versions:
            continue
        top = max(versions)
        if top > highest:
            highest, who = top, [info.path]
        elif top == highest:
            who.append(info.path)
    return highest, who


def bundled_sonames(bundle: Path) -> set[str]:
    """File names in the bundle that a NEEDED entry can resolve to (links included)."""
    return {path.name for path in bundle.rglob("*.so*") if path.is_file()}


def unbundled_needs(bundle: Path, infos: Iterable[ElfInfo]) -> dict[str, list[Path]]:
    """Sonames some bundled file needs that the bundle does not carry: the system must.

    glibc's own libraries are left out (they are the ``libc6`` dependency).
    """
    carried = bundled_sonames(bundle)
    missing: dict[str, list[Path]] = {}
    for info in infos:
        for soname in info.needed:
            if soname not in carried and not GLIBC_SONAMES.match(soname):
                missing.setdefault(soname, []).append(info.path)
    return dict(sorted(missing.items()))


def only_needed_by(
    dropped: Iterable[tuple[str, Path]], kept: Iterable[tuple[str, Path]]
) -> set[str]:
    """Names of the ``kept`` libraries that only ``dropped`` files link, directly or not.

    Both are (name in the bundle, source file) pairs, as in a PyInstaller TOC. A kept library is
    dropped too when some dropped file needs it and no kept file outside that dependency tree
    does: the GTK stack that came only because of the GTK platform-theme plugin, for example.
    A library nothing dropped needs is never returned, so ``kept`` files that nothing links
    (extension modules, plugins, libraries found through ctypes) always stay.
    """
    kept = [(name, source.resolve()) for name, source in kept]  # system libraries are links
    by_name = {Path(name).name: source for name, source in kept}

    def reach(start: Iterable[Path]) -> set[str]:
        seen: set[str] = set()
        stack = list(start)
        while stack:
            source = stack.pop()
            if not is_elf(source):
                continue
            for soname in elf_info(source).needed:
                if soname in by_name and soname not in seen:
                    seen.add(soname)
                    stack.append(by_name[soname])
        return seen

    candidates = reach(source.resolve() for _, source in dropped)
    roots = [source for name, source in kept if Path(name).name not in candidates]
    return candidates - reach(roots)


def scan(bundle: Path) -> list[ElfInfo]:
    """``elf_info`` of every ELF file in ``bundle``."""
    return [elf_info(path) for path in elf_files(bundle)]


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the glibc needed and the libraries the system must provide."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE, help="the bundle folder")
    parser.add_argument("--max-glibc", help="fail when the bundle needs a newer glibc than this")
    args = parser.parse_args(argv)
    bundle: Path = args.bundle.resolve()
    infos = scan(bundle)
    version, who = glibc_needed(infos)
    names = ", ".join(str(path.relative_to(bundle)) for path in who[:5])
    print(f"{len(infos)} ELF files; glibc needed: {format_version(version)} (by {names})")
    for soname, users in unbundled_needs(bundle, infos).items():
        print(f"from the system: {soname} (needed by {len(users)}, e.g. {users[0].name})")
    if args.max_glibc and version > parse_version(args.max_glibc):
        print(f"FAILED: needs glibc {format_version(version)} > {args.max_glibc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
