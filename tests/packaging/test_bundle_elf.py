"""packaging/bundle_elf.py: what a bundle's ELF files need from the system, and the GTK prune."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.packaging.helpers import ROOT, load_script

bundle_elf = load_script("bundle_elf")
BUNDLE = ROOT / "dist" / "Acupress"

DYNAMIC = """
Dynamic section at offset 0x2d8e0 contains 30 entries:
  Tag        Type                         Name/Value
 0x0000000000000001 (NEEDED)             Shared library: [libQt6Core.so.6]
 0x0000000000000001 (NEEDED)             Shared library: [libstdc++.so.6]
 0x0000000000000001 (NEEDED)             Shared library: [libc.so.6]
 0x000000000000000e (SONAME)             Library soname: [libqgtk3.so]
"""

VERSION_INFO = """
Version symbols section '.gnu.version' contains 3 entries:
 Addr: 0x0000000000001234  Offset: 0x001234  Link: 6 (.dynsym)
  000:   0 (*local*)       2 (GLIBC_2.2.5)   3 (GLIBC_2.34)

Version needs section '.gnu.version_r' contains 2 entries:
 Addr: 0x0000000000005678  Offset: 0x005678  Link: 7 (.dynstr)
  000000: Version: 1  File: libstdc++.so.6  Cnt: 1
  0x0010:   Name: GLIBCXX_3.4.29  Flags: none  Version: 4
  0x0020: Version: 1  File: libc.so.6  Cnt: 2
  0x0030:   Name: GLIBC_2.34  Flags: none  Version: 3
  0x0040:   Name: GLIBC_2.2.5  Flags: none  Version: 2
"""


def info(name: str, needed: tuple[str, ...] = (), glibc: str | None = None) -> object:
    versions = {"libc.so.6": frozenset({f"GLIBC_{glibc}"})} if glibc else {}
    return bundle_elf.ElfInfo(path=Path(name), needed=needed, versions=versions)


def test_readelf_output_is_parsed() -> None:
    assert bundle_elf.parse_needed(DYNAMIC) == ("libQt6Core.so.6", "libstdc++.so.6", "libc.so.6")
    assert bundle_elf.parse_version_needs(VERSION_INFO) == {
        "libstdc++.so.6": frozenset({"GLIBCXX_3.4.29"}),
        "libc.so.6": frozenset({"GLIBC_2.34", "GLIBC_2.2.5"}),
    }
    assert bundle_elf.parse_version_needs("no version needs here") == {}


def test_the_highest_glibc_wins_numerically_and_names_who_needs_it() -> None:
    infos = [info("a", glibc="2.9"), info("b", glibc="2.34"), info("c", glibc="2.17"), info("d")]
    version, who = bundle_elf.glibc_needed(infos)
    assert bundle_elf.format_version(version) == "2.34"  # 2.34 > 2.9, not as strings
    assert who == [Path("b")]


def test_only_libraries_no_kept_file_needs_are_pruned(monkeypatch: pytest.MonkeyPatch) -> None:
    """gtk3 plugin -> gtk -> cairo, pango -> glib; Qt's own plugin also needs glib; a ctypes
    library nothing links stays."""
    graph = {
        "qgtk3.so": ("libgtk-3.so.0", "libQt6Gui.so.6"),
        "libgtk-3.so.0": ("libcairo.so.2", "libpango.so.0"),
        "libpango.so.0": ("libglib.so.0",),
        "libcairo.so.2": (),
        "libglib.so.0": (),
        "qxcb.so": ("libQt6Gui.so.6", "libglib.so.0"),
        "libQt6Gui.so.6": (),
        "libctypes-only.so.1": (),
    }
    monkeypatch.setattr(bundle_elf, "is_elf", lambda path: True)
    monkeypatch.setattr(
        bundle_elf, "elf_info", lambda path: bundle_elf.ElfInfo(path, graph[path.name])
    )
    dropped = [("plugins/qgtk3.so", Path("/src/qgtk3.so"))]
    kept = [(name, Path("/src") / name) for name in graph if name != "qgtk3.so"]
    assert bundle_elf.only_needed_by(dropped, kept) == {
        "libgtk-3.so.0",
        "libcairo.so.2",
        "libpango.so.0",
    }


def test_glibc_libraries_are_never_asked_of_the_bundle(tmp_path: Path) -> None:
    infos = [info("x", needed=("libc.so.6", "libm.so.6", "ld-linux-x86-64.so.2", "libGL.so.1"))]
    (tmp_path / "libQt6Core.so.6").write_bytes(b"")
    assert list(bundle_elf.unbundled_needs(tmp_path, infos)) == ["libGL.so.1"]


@pytest.mark.skipif(
    not (BUNDLE / "Acupress").is_file() or shutil.which("readelf") is None,
    reason="no Linux bundle in dist/Acupress (make package) or no readelf (binutils)",
)
def test_the_built_bundle_needs_no_gtk_and_at_most_glibc_2_35() -> None:
    """The bundle carries no GTK stack and no C++ runtime, and runs on glibc 2.35 (libpython's
    need; Ubuntu 22.04) or newer."""
    names = {path.name for path in BUNDLE.rglob("*")}
    for unwanted in ("libqgtk3.so", "libgtk-3.so.0", "libgdk-3.so.0", "libcairo.so.2"):
        assert unwanted not in names
    assert not {"libstdc++.so.6", "libgcc_s.so.1", "libexpat.so.1"} & names
    version, who = bundle_elf.glibc_needed(bundle_elf.scan(BUNDLE))
    assert version <= (2, 35), who
