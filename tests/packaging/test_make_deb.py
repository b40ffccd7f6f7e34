"""packaging/make_deb.py and packaging/manpage.py without building a package: the man page, the
copyright and changelog files, the notices hook and the shlibs names."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import acupress_desktop
from tests.packaging.helpers import LINUX, load_script

make_deb = load_script("make_deb")
manpage = load_script("manpage")


@pytest.fixture(scope="module")
def help_text() -> str:
    return manpage.help_of([sys.executable, "-m", "acupress_desktop"])


def test_the_man_page_documents_every_option_of_the_help(help_text: str) -> None:
    page = manpage.manpage(help_text, "1.2.3", "2026-11-25")
    assert page.startswith('.TH ACUPRESS 1 "2026-11-25" "acupress 1.2.3"')
    assert "acupress \\- guided acupressure for back pain" in page
    parsed = manpage.parse_help(help_text)
    options = [term for term, _ in parsed.sections["options"]]
    assert "--data-dir DIR" in options and "-v, --verbose" in options
    for term, said in parsed.sections["options"]:
        assert said, f"{term} has no help text"
        assert term.split(", ")[-1].split(" ")[0].replace("-", "\\-") in page
    assert page.count(".TP") == sum(len(entries) for entries in parsed.sections.values())


def test_a_term_too_long_for_its_column_keeps_its_help() -> None:
    text = (
        "usage: acupress [-h] [--page {a,b}]\n\nDoes things.\n\noptions:\n"
        "  -h, --help  show this help\n  --page {a,b,c,d,e,f,g,h}\n"
        "              open on this page\n              (wrapped)\n"
    )
    parsed = manpage.parse_help(text)
    assert parsed.description == "Does things."
    assert parsed.sections["options"][1] == (
        "--page {a,b,c,d,e,f,g,h}",
        "open on this page (wrapped)",
    )
    assert manpage.roff(".start -x \\") == "\\&.start \\-x \\e"


@pytest.mark.skipif(shutil.which("man") is None, reason="man is not installed (Debian: man-db)")
def test_the_man_page_renders_without_groff_warnings(help_text: str, tmp_path: Path) -> None:
    page = tmp_path / "acupress.1"
    page.write_text(manpage.manpage(help_text, "1", "2026-11-25"), encoding="utf-8")
    result = subprocess.run(
        ["man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", str(page)],
        capture_output=True,
        text=True,
        env={"LC_ALL": "C.UTF-8", "MANWIDTH": "80", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr


def test_copyright_is_dep5_with_the_licences(tmp_path: Path) -> None:
    (tmp_path / "_internal" / "python3.11").mkdir(parents=True)
    text = make_deb.copyright_text(tmp_path, None)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    assert paragraphs[0].startswith("Format: https://www.debian.org/doc/packaging-manuals/")
    licences = [line.split(": ", 1)[1] for line in text.splitlines() if line.startswith("License:")]
    assert licences[0] == "GPL-3.0-or-later"
    assert {"LGPL-3.0-only", "PSF-2.0"} <= set(licences)
    assert "opt/acupress/_internal/python3.11/*" in text
    assert "/usr/share/common-licenses/GPL-3" in text


@pytest.mark.skipif(shutil.which("dpkg-parsechangelog") is None, reason="no dpkg-dev")
def test_changelog_parses_and_matches_the_metainfo(tmp_path: Path) -> None:
    release = make_deb.newest_release(LINUX / "io.github.acupress.Acupress.metainfo.xml")
    assert release.version == acupress_desktop.__version__
    version = make_deb.package_version()
    assert version == f"{acupress_desktop.__version__}-1"
    changelog = tmp_path / "changelog"
    changelog.write_text(make_deb.changelog(version, release), encoding="utf-8")
    fields = subprocess.run(
        ["dpkg-parsechangelog", "-l", str(changelog)], capture_output=True, text=True, check=True
    ).stdout
    assert f"Version: {version}" in fields
    assert "Source: acupress" in fields


def test_notices_are_found_in_the_bundle_root_or_internal(tmp_path: Path) -> None:
    assert make_deb._notices_file(tmp_path) is None
    (tmp_path / "_internal").mkdir()
    (tmp_path / "_internal" / "THIRD-PARTY-NOTICES.txt").write_text("x", encoding="utf-8")
    assert make_deb._notices_file(tmp_path) == tmp_path / "_internal" / "THIRD-PARTY-NOTICES.txt"
    (tmp_path / "THIRD-PARTY-NOTICES.txt").write_text("y", encoding="utf-8")
    assert make_deb._notices_file(tmp_path) == tmp_path / "THIRD-PARTY-NOTICES.txt"


def test_every_bundled_library_gets_a_shlibs_line(tmp_path: Path) -> None:
    for name in ("libQt6Core.so.6", "libpulsecommon-16.1.so", "libpyside6.abi3.so.6.12"):
        (tmp_path / name).write_bytes(b"")
    assert make_deb._shlibs_lines(tmp_path) == {
        "libQt6Core 6 acupress",
        "libpulsecommon 16.1 acupress",
        "libpyside6.abi3 6.12 acupress",
    }


def test_the_desktop_entry_runs_what_the_package_installs(tmp_path: Path) -> None:
    """Exec= and TryExec= of packaging/linux resolve to /usr/bin/acupress, the package's link."""
    exec_command, try_exec = make_deb.desktop_command(LINUX / "io.github.acupress.Acupress.desktop")
    assert make_deb.resolve_command(tmp_path, exec_command) is None
    (tmp_path / "usr" / "bin").mkdir(parents=True)
    (tmp_path / "usr" / "bin" / "acupress").symlink_to("/opt/acupress/Acupress")
    assert make_deb.resolve_command(tmp_path, exec_command) == tmp_path / "usr/bin/acupress"
    assert make_deb.resolve_command(tmp_path, try_exec) == tmp_path / "usr/bin/acupress"


def test_the_control_file_names_the_dependencies() -> None:
    text = make_deb.control("1.0-1", "amd64", ["libc6 (>= 2.35)", "libxcb1"], 1234)
    assert "Depends: libc6 (>= 2.35), libxcb1\n" in text
    assert "Installed-Size: 1234\n" in text
    description = text.split("Description: ", 1)[1].splitlines()
    assert all(line.startswith(" ") for line in description[1:])
