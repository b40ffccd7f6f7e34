"""The wheel's setuptools configuration ships every module, asset and data file the app needs.

These read pyproject.toml and the tree only (fast); packaging/check_wheel.py (`make wheel-check`)
builds the real wheel and runs it in a fresh venv.
"""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

from acupress_desktop import resources
from tests.packaging.helpers import ROOT

SHIPPED_SUFFIXES = {".json", ".qm", ".svg", ".wav", ".png", ".txt"}
NOT_SHIPPED = {"__pycache__"}


def setuptools_config() -> dict[str, object]:
    """The [tool.setuptools] table of pyproject.toml."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return dict(config["tool"]["setuptools"])


def package_folder(package: str, package_dir: dict[str, str]) -> Path:
    """Where setuptools takes ``package`` from: the longest mapped prefix, else the dotted path."""
    parts = package.split(".")
    for cut in range(len(parts), 0, -1):
        prefix = ".".join(parts[:cut])
        if prefix in package_dir:
            return ROOT / package_dir[prefix] / Path(*parts[cut:])
    return ROOT / Path(*parts)


def shipped_tree() -> dict[str, Path]:
    """Every folder of the package and of assets/, by the package name it has in the wheel."""
    folders = {
        "acupress_desktop": ROOT / "acupress_desktop",
        "acupress_desktop.assets": ROOT / "assets",
    }
    for name, top in list(folders.items()):
        for folder in top.rglob("*"):
            if folder.is_dir() and not NOT_SHIPPED & set(folder.relative_to(top).parts):
                dotted = ".".join(folder.relative_to(top).parts)
                folders[f"{name}.{dotted}"] = folder
    return folders


def test_every_folder_is_a_listed_package() -> None:
    """A new subpackage or asset folder must be added to [tool.setuptools] packages, or it is lost."""
    config = setuptools_config()
    listed = set(config["packages"])  # type: ignore[call-overload]
    assert set(shipped_tree()) - listed == set()


def test_every_listed_package_exists_where_setuptools_looks() -> None:
    """Each listed package maps to a real folder (the assets come from the top-level assets/)."""
    config = setuptools_config()
    package_dir = dict(config["package-dir"])  # type: ignore[call-overload]
    assert package_dir["acupress_desktop.assets"] == "assets"
    for package in config["packages"]:  # type: ignore[attr-defined]
        assert package_folder(package, package_dir).is_dir(), package


def test_package_data_covers_every_asset_and_data_file() -> None:
    """Every SVG, sound, catalogue, routine and translation file matches a package-data pattern."""
    config = setuptools_config()
    package_dir = dict(config["package-dir"])  # type: ignore[call-overload]
    patterns: dict[str, list[str]] = dict(config["package-data"])  # type: ignore[call-overload]
    uncovered = []
    for package in config["packages"]:  # type: ignore[attr-defined]
        folder = package_folder(package, package_dir)
        wanted = patterns.get(package, [])
        for path in folder.iterdir():
            shipped = path.is_file() and path.suffix in SHIPPED_SUFFIXES
            if shipped and not any(fnmatch.fnmatch(path.name, p) for p in wanted):
                uncovered.append(str(path.relative_to(ROOT)))
    assert uncovered == []


def test_installed_layout_is_where_resources_looks_first() -> None:
    """The wheel puts assets at acupress_desktop/assets/, the folder resources.py tries first."""
    package = Path(resources.__file__).resolve().parent
    # from a checkout that folder is absent and the top-level assets/ is used instead
    assert resources.ASSETS_DIR in {package / "assets", ROOT / "assets"}
    assert resources.asset_path("icons/acupress.svg").is_file()


def test_the_licence_the_project_declares_is_shipped() -> None:
    """pyproject says GPL-3.0-or-later: the licence's text is in the repository and every wheel
    and sdist carries it (license-files)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "GPL-3.0-or-later"
    assert project["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text


def test_pillow_is_for_packaging_only() -> None:
    """The app never imports PIL, so installing Acupress does not bring Pillow (20.9 MiB); the
    packaging scripts and tests get it from the packaging extra."""
    import ast

    importers = []
    for module in (ROOT / "acupress_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(name.split(".")[0] == "PIL" for name in names):
                importers.append(str(module.relative_to(ROOT)))
    assert importers == []
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not [d for d in project["dependencies"] if d.lower().startswith("pillow")]
    extras = project["optional-dependencies"]
    assert any(d.lower().startswith("pillow") for d in extras["packaging"])
    assert "acupress[packaging]" in extras["test"]
