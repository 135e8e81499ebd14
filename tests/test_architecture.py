"""The layers of docs/architecture.md, checked on the source: the core imports no Qt, the
domain imports nothing of ours, and only ui/ imports QtWidgets."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "desktop" / "skill_ladder"
CORE = ("domain", "catalog", "storage", "services")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _modules(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def test_core_imports_no_qt() -> None:
    for layer in CORE:
        for path in _modules(layer):
            qt = {name for name in _imports(path) if name.startswith(("PySide6", "shiboken6"))}
            assert not qt, f"{path.relative_to(PACKAGE)} imports {qt}"
    for name in ("errors.py", "paths.py", "settings.py", "atomic_write.py", "language.py"):
        assert not any(i.startswith("PySide6") for i in _imports(PACKAGE / name)), name


def test_domain_imports_nothing_of_ours_but_the_domain() -> None:
    for path in _modules("domain"):
        ours = {n for n in _imports(path) if n.startswith("skill_ladder")}
        assert all(n.startswith("skill_ladder.domain") for n in ours), (path.name, ours)


def test_only_ui_imports_qtwidgets() -> None:
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        widgets = {n for n in _imports(path) if n.startswith("PySide6.QtWidgets")}
        assert not widgets, f"{relative} imports QtWidgets"


def test_ui_never_touches_the_database_directly() -> None:
    for path in _modules("ui"):
        bad = {n for n in _imports(path) if n.startswith(("sqlalchemy", "skill_ladder.storage"))}
        assert not bad, f"{path.name} imports {bad}"


def test_services_hold_no_sql() -> None:
    """SQL lives in storage/ stores (issue 15): services compose them in one transaction per
    action and import neither SQLAlchemy nor the tables."""
    for path in _modules("services"):
        bad = {
            n for n in _imports(path) if n.startswith(("sqlalchemy", "skill_ladder.storage.tables"))
        }
        assert not bad, f"services/{path.name} imports {bad}"
