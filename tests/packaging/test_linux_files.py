"""The Linux desktop integration files: desktop entry, AppStream metainfo and the MIME type."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import acupress_desktop
from acupress_desktop.storage.transfer_format import FILE_SUFFIX
from tests.packaging.helpers import APP_ID, LINUX, ROOT, load_script

DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / "acupress-mime.xml"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
MAIN_CATEGORIES = {
    "AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics", "Network",
    "Office", "Science", "Settings", "System", "Utility",
}  # fmt: skip


def desktop_entry() -> configparser.SectionProxy:
    """The [Desktop Entry] group, keys case-sensitive, no interpolation."""
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def split_list(value: str) -> list[str]:
    """A desktop-entry list value ("a;b;") as a list."""
    return [item for item in value.split(";") if item]


def mime_type() -> ET.Element:
    """The one <mime-type> element of acupress-mime.xml."""
    types = ET.parse(MIME).getroot().findall("m:mime-type", MIME_NS)
    assert len(types) == 1
    return types[0]


def command_name() -> str:
    """The name of the launcher the wheel installs ([project.gui-scripts])."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    (name,) = project["gui-scripts"]
    return str(name)


def run_tool(*command: str | Path) -> subprocess.CompletedProcess[str]:
    """Run a validator and capture what it says."""
    return subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, timeout=60, check=False
    )


def test_desktop_entry_launches_the_installed_command_with_files() -> None:
    """The launcher runs `acupress` with the chosen files and shows the app's own icon and name."""
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Acupress"
    assert entry["GenericName"] and entry["Comment"]
    assert entry["Exec"] == f"{command_name()} %F"
    assert entry["TryExec"] == command_name()
    assert entry["Icon"] == APP_ID == DESKTOP.stem
    assert entry["Terminal"] == "false"
    assert MAIN_CATEGORIES & set(split_list(entry["Categories"]))
    assert "acupressure" in split_list(entry["Keywords"])


def test_desktop_entry_opens_routine_files() -> None:
    """Double-clicking a .acupress.json file offers Acupress: the entry claims the MIME type."""
    assert split_list(desktop_entry()["MimeType"]) == [mime_type().get("type")]


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (Debian: desktop-file-utils)",
)
def test_desktop_entry_passes_desktop_file_validate() -> None:
    """desktop-file-validate finds nothing to say: no error, warning or hint."""
    result = run_tool("desktop-file-validate", DESKTOP)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (result.stdout + result.stderr).strip() == ""


def test_metainfo_describes_the_same_app() -> None:
    """The AppStream id, launcher, binary, file type, licences and version agree with the app."""
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == desktop_entry()["Name"]
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("provides/binary") == command_name()
    assert root.findtext("provides/mediatype") == mime_type().get("type")
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == acupress_desktop.__version__
    assert root.findall("description/p") and root.findall("description/ul/li")


def test_metainfo_screenshots_are_the_documented_pictures() -> None:
    """Every screenshot URL points at a picture that exists in docs/screenshots/ of this tree."""
    images = [e.text or "" for e in ET.parse(METAINFO).getroot().iterfind("screenshots/*/image")]
    assert images
    for url in images:
        assert url.startswith("https://"), url
        relative = url.split("/main/", 1)[1]
        assert relative.startswith("docs/screenshots/"), url
        assert (ROOT / relative).is_file(), f"{url}: {relative} is not in the repository"


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None,
    reason="appstreamcli is not installed (Debian: appstream)",
)
def test_installed_tree_passes_appstream_validation(tmp_path: Path, qapp: object) -> None:
    """Installed as a distribution would (metainfo, desktop file, icons), AppStream finds no fault.

    Pedantic notes and infos are allowed (the id's capital letter is the reverse-DNS convention;
    older appstreamcli do not know the <developer> tag yet); errors and warnings are not.
    """
    share = tmp_path / "usr" / "share"
    (share / "metainfo").mkdir(parents=True)
    (share / "applications").mkdir()
    shutil.copy(METAINFO, share / "metainfo")
    shutil.copy(DESKTOP, share / "applications")
    icons = tmp_path / "icons"
    load_script("make_icons").make_icons(out=icons)
    shutil.copytree(icons / "hicolor", share / "icons" / "hicolor")
    result = run_tool("appstreamcli", "validate-tree", "--no-net", "--pedantic", tmp_path)
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    faults = [line for line in report.splitlines() if line.strip().startswith(("E:", "W:"))]
    assert faults == [], report


def test_mime_type_matches_routine_files_before_plain_json() -> None:
    """The glob is the exported files' suffix, weighted above *.json (50), a kind of JSON."""
    element = mime_type()
    assert element.get("type") == "application/x-acupress-routines+json"
    (glob,) = element.findall("m:glob", MIME_NS)
    assert glob.get("pattern") == f"*{FILE_SUFFIX}"
    assert int(glob.get("weight", "50")) > 50
    parents = [e.get("type") for e in element.findall("m:sub-class-of", MIME_NS)]
    assert parents == ["application/json"]
    assert element.findtext("m:comment", namespaces=MIME_NS)


def test_qt_recognises_routine_files_with_the_mime_package(tmp_path: Path) -> None:
    """With the package installed in a data folder, Qt names a routine file's type and its parent.

    A separate process, because Qt reads the MIME database once per process.
    """
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages)
    probe = (
        "from PySide6.QtCore import QMimeDatabase as D\n"
        "db = D()\n"
        "m = db.mimeTypeForFile('back.acupress.json', D.MatchMode.MatchExtension)\n"
        "j = db.mimeTypeForFile('other.json', D.MatchMode.MatchExtension)\n"
        "print(m.name(), m.inherits('application/json'), j.name())\n"
    )
    env = dict(os.environ, XDG_DATA_DIRS=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "none"))
    result = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "application/x-acupress-routines+json",
        "True",
        "application/json",
    ]


@pytest.mark.skipif(
    shutil.which("update-mime-database") is None,
    reason="update-mime-database is not installed (Debian: shared-mime-info)",
)
def test_mime_package_compiles_with_shared_mime_info(tmp_path: Path) -> None:
    """update-mime-database accepts the package and writes the weighted glob."""
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages)
    result = run_tool("update-mime-database", tmp_path / "mime")
    assert result.returncode == 0, result.stderr
    assert "rror" not in result.stderr and "arning" not in result.stderr, result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8").splitlines()
    assert f"60:application/x-acupress-routines+json:*{FILE_SUFFIX}" in globs


def test_app_announces_its_desktop_file_and_icon() -> None:
    """The running app names its desktop entry and has a window icon, so docks, task switchers and
    Wayland compositors show Acupress's own icon and name.

    A separate process, because create_application() changes application-wide state.
    """
    probe = (
        "from acupress_desktop.app import create_application\n"
        "app = create_application(['acupress'])\n"
        "print(app.desktopFileName(), not app.windowIcon().isNull())\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [APP_ID, "True"]


# -- Spanish, as the app itself speaks it -------------------------------------------------------

#: The languages the desktop files are translated into (those the app's interface has).
LANGUAGES = tuple(sorted(p.stem.removeprefix("acupress_") for p in
                         (ROOT / "acupress_desktop" / "i18n").glob("acupress_*.ts")))  # fmt: skip
#: Desktop-entry keys of type localestring (the spec's translatable keys) that the entry has.
DESKTOP_TRANSLATABLE = ("Name", "GenericName", "Comment", "Keywords")
#: AppStream elements a software centre shows translated (<release> notes are left out).
METAINFO_TRANSLATABLE = ("name", "summary", "developer/name", "description/p",
                         "description/ul/li", "screenshots/screenshot/caption",
                         "keywords/keyword")  # fmt: skip
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_the_desktop_files_cover_the_apps_languages() -> None:
    """The interface's languages are the ones checked below (a new .ts needs its desktop texts)."""
    assert "es" in LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_desktop_entry_is_translated(language: str) -> None:
    """Every translatable key has a translation; a translated list has as many items."""
    entry = desktop_entry()
    for key in DESKTOP_TRANSLATABLE:
        assert entry.get(key), key
        translated = entry.get(f"{key}[{language}]", "")
        assert translated.strip(), f"{key}[{language}] is missing"
        if key == "Keywords":
            assert len(split_list(translated)) == len(split_list(entry[key]))
    assert entry[f"Name[{language}]"] == entry["Name"]  # the name is not translated


def untranslated_and_translated(
    parent: ET.Element, path: str, language: str
) -> tuple[list[str], list[str]]:
    """The texts at ``path`` under ``parent``: those without xml:lang, and those in ``language``."""
    found = parent.findall(path)
    return (
        [" ".join((e.text or "").split()) for e in found if e.get(XML_LANG) is None],
        [" ".join((e.text or "").split()) for e in found if e.get(XML_LANG) == language],
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_metainfo_is_translated(language: str) -> None:
    """Every paragraph, list item, caption, keyword, the summary and the names have a
    translation, one for one, in each place (a screenshot's caption inside its screenshot)."""
    root = ET.parse(METAINFO).getroot()
    for path in METAINFO_TRANSLATABLE:
        *where, tag = path.split("/")
        parents = root.findall("/".join(where)) if where else [root]
        assert parents, path
        for parent in parents:
            english, translated = untranslated_and_translated(parent, tag, language)
            assert english, path
            assert len(translated) == len(english), f"{path}: {translated} for {english}"
            assert all(translated), path
            if path not in ("name", "developer/name"):
                assert set(translated).isdisjoint(english), f"{path}: left in English"
    assert untranslated_and_translated(root, "name", language)[1] == ["Acupress"]
    for release in root.iterfind("releases/release"):  # release notes stay as they are
        assert release.find(f"description/p[@{XML_LANG}]") is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_mime_type_comment_is_translated(language: str) -> None:
    """The file manager names a routine file in the user's language."""
    comments = mime_type().findall("m:comment", MIME_NS)
    translated = [c.text for c in comments if c.get(XML_LANG) == language]
    assert len(translated) == 1 and translated[0], comments
    assert translated[0] != mime_type().findtext("m:comment", namespaces=MIME_NS)
