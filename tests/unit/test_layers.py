"""Qt lives in deskapp/ui and deskapp/app.py only: everything else imports without PySide6."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "deskapp"
QT_ALLOWED = ("ui/", "app.py")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_qt_outside_ui() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC).as_posix()
        if rel.startswith(QT_ALLOWED):
            continue
        if any(n.split(".")[0] in ("PySide6", "PyQt6", "shiboken6") for n in _imports(path)):
            offenders.append(rel)
    assert offenders == []


def test_core_packages_import_with_qt_blocked() -> None:
    """Import every non-UI module in a fresh interpreter where PySide6 cannot be imported."""
    modules = sorted(
        "deskapp." + p.relative_to(SRC).with_suffix("").as_posix().replace("/", ".")
        for p in SRC.rglob("*.py")
        if not p.relative_to(SRC).as_posix().startswith(QT_ALLOWED)
        and p.name != "__main__.py"
    )
    code = (
        "import sys, importlib\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt blocked for this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m.removesuffix('.__init__'))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_domain_imports_no_sqlalchemy() -> None:
    for path in (SRC / "domain").rglob("*.py"):
        assert not any(n.startswith("sqlalchemy") for n in _imports(path)), path.name
