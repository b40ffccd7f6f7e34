"""The layer rule, checked by reading imports: core/ and storage/ know no Qt; controllers/ no widgets."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "acupress_desktop"


def imported_modules(path: Path) -> set[str]:
    """Every module a Python file imports (absolute names)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def files_of(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", ["core", "storage"])
def test_pure_layers_import_no_qt(layer: str) -> None:
    """core/ and storage/ must run without PySide6 (tested headless, fast)."""
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            m for m in imported_modules(path) if m.startswith(("PySide6", "shiboken6"))
        )
        for path in files_of(layer)
    }
    offenders = {k: v for k, v in offenders.items() if v}
    assert files_of(layer), f"no files found in {layer}/"
    assert offenders == {}


def test_controllers_import_no_widgets() -> None:
    """controllers/ may use QtCore (and QtGui data types) but never QtWidgets."""
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            m for m in imported_modules(path) if "QtWidgets" in m
        )
        for path in files_of("controllers")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        (
            "core",
            (
                "acupress_desktop.storage",
                "acupress_desktop.controllers",
                "acupress_desktop.ui",
                "acupress_desktop.app",
            ),
        ),
        (
            "storage",
            ("acupress_desktop.controllers", "acupress_desktop.ui", "acupress_desktop.app"),
        ),
        ("controllers", ("acupress_desktop.ui", "acupress_desktop.app")),
        ("ui", ("acupress_desktop.app",)),
    ],
)
def test_arrows_point_down_only(layer: str, forbidden: tuple[str, ...]) -> None:
    """A lower layer never imports a higher one."""
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            m for m in imported_modules(path) if m.startswith(forbidden)
        )
        for path in files_of(layer)
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_only_the_ticker_constructs_timers() -> None:
    """QTimer lives in controllers/ticker.py alone; everything else gets a ticker injected."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "ticker.py":
            continue
        if any(m.endswith("QTimer") for m in imported_modules(path)):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


#: What the pages whose use cases live in controllers/ may still take from storage/: data types
#: and format constants, nothing that reads or writes.
PAGE_STORAGE_NAMES = {
    "acupress_desktop.storage.routines.StoredRoutine",
    "acupress_desktop.storage.transfer_format.FILE_SUFFIX",
    "acupress_desktop.storage.transfer_format.DESCRIPTION_MAX",
}


@pytest.mark.parametrize(
    "page", ["routines/routines_page.py", "routines/routine_editor.py", "history/history_view.py"]
)
def test_pages_run_no_storage_code(page: str) -> None:
    """The Routines page, the editor and the History page forward intents to their controller
    (controllers/routines.py, controllers/history.py): no repository, import or export code."""
    storage = {
        m
        for m in imported_modules(PACKAGE / "ui" / page)
        if m.startswith("acupress_desktop.storage.")
    }
    modules = {name.rsplit(".", 1)[0] for name in PAGE_STORAGE_NAMES}
    assert storage - modules <= PAGE_STORAGE_NAMES


def test_app_classes_use_no_mixins_and_no_building_properties() -> None:
    """app/ is composed of small feature objects: no class there has a base class (no mixins
    re-declaring each other's attributes), and none has a property (parts are built by explicit
    methods, never as the side effect of reading an attribute)."""
    offenders = []
    for path in files_of("app"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            where = f"{path.relative_to(PACKAGE)}:{node.name}"
            if node.bases:
                offenders.append(f"{where} has bases")
            for item in node.body:
                decorators = getattr(item, "decorator_list", [])
                if any(isinstance(d, ast.Name) and d.id == "property" for d in decorators):
                    offenders.append(f"{where}.{getattr(item, 'name', '?')} is a property")
    assert not offenders, offenders


def _module_file(module: str) -> Path | None:
    parts = module.split(".")[1:]
    for candidate in (PACKAGE.joinpath(*parts).with_suffix(".py"), PACKAGE.joinpath(*parts, "__init__.py")):  # fmt: skip
        if candidate.exists():
            return candidate
    return None


def _defined_names(path: Path) -> set[str]:
    """Names a module defines itself (not the ones it imports)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
    return names


def test_every_import_names_the_module_that_defines_it() -> None:
    """No re-export shims: a name is imported from the module that defines it (or a module
    itself from its package), so a module cannot look small while its coupling stays."""
    roots = [
        PACKAGE,
        PACKAGE.parent / "tests",
        PACKAGE.parent / "benchmarks",
        PACKAGE.parent / "tools",
    ]
    offenders = []
    for root in roots:
        for path in root.rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.ImportFrom) and node.level == 0 and node.module):
                    continue
                if not node.module.startswith("acupress_desktop"):
                    continue
                source = _module_file(node.module)
                if source is None:
                    continue
                defined = _defined_names(source)
                for alias in node.names:
                    if alias.name in defined or _module_file(f"{node.module}.{alias.name}"):
                        continue
                    offenders.append(f"{path.name}: {node.module}.{alias.name}")
    assert offenders == []
