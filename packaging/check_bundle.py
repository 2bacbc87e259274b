"""Check what a built bundle holds: everything DeskApp loads by name is in, unused Qt is out.

PyInstaller only follows imports it can see; keyring backends (entry points), SQLAlchemy dialects
(a URL names them), psycopg's binary implementation, Alembic's per-dialect code and the migration
files (data, loaded from disk) are all found at run time. A bundle missing one of them still builds
and then fails on a customer's machine, so the build checks the list here.

    python packaging/check_bundle.py [dist/DeskApp]     (needs PyInstaller importable)
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""

REQUIRED_MODULES = (
    "deskapp.app", "deskapp.cli", "deskapp.selftest", "deskapp.config.locations",
    "deskapp.db.migrate", "deskapp.runtime",
    "keyring.backends.SecretService", "keyring.backends.Windows", "keyring.backends.macOS",
    "keyring.backends.kwallet", "keyring.backends.libsecret", "keyring.backends.chainer",
    "keyring.backends.fail",
    "psycopg", "psycopg.pq", "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql.psycopg", "alembic.ddl.sqlite", "alembic.ddl.postgresql",
    "alembic.op", "alembic.runtime.migration", "platformdirs", "openpyxl", "tzdata",
)
# Compiled modules live as files, not in the PYZ archive.
REQUIRED_EXTENSIONS = ("PySide6/QtCore", "PySide6/QtGui", "PySide6/QtWidgets",
                       "psycopg_binary/pq", "psycopg_binary/_psycopg")
# Qt modules and tools DeskApp does not use (build.spec excludes them).
FORBIDDEN_MODULE_PREFIXES = (
    "PySide6.QtWebEngine", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.Qt3D",
    "PySide6.QtMultimedia", "PySide6.QtCharts", "PySide6.QtDataVisualization", "PySide6.QtPdf",
    "PySide6.QtBluetooth", "PySide6.QtPositioning", "PySide6.QtSensors", "PySide6.QtSerialPort",
    "PySide6.QtNetworkAuth", "PySide6.QtSql", "PySide6.QtTest",
    "tkinter", "pytest", "_pytest", "pytestqt", "hypothesis", "PyInstaller",
)
FORBIDDEN_FILE_MARKERS = (
    "Qt6WebEngine", "Qt6Qml", "Qt6Quick", "Qt63D", "Qt6Multimedia",
    "Qt6DataVisualization", "Qt6Pdf", "Qt6Bluetooth", "Qt6Positioning", "Qt6Sensors",
    "Qt6SerialPort", "Qt6NetworkAuth", "Qt6Sql", "Qt6Test", "libqgtk3", "tcl8", "tk8",
)


@dataclass
class Findings:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def need(self, ok: bool, problem: str) -> None:
        if not ok:
            self.problems.append(problem)


def pyz_modules(executable: Path) -> set[str]:
    """Module names in the PYZ archive embedded in one of the bundle's executables."""
    from PyInstaller.archive.readers import CArchiveReader  # type: ignore[import-untyped]

    pkg = CArchiveReader(str(executable))
    return set(pkg.open_embedded_archive("PYZ.pyz").toc)


def _files(internal: Path) -> list[str]:
    return [p.relative_to(internal).as_posix() for p in internal.rglob("*") if p.is_file()]


def _missing(names: Iterable[str], have: set[str]) -> list[str]:
    return sorted(n for n in names if n not in have)


def check(bundle: Path, repo: Path = ROOT) -> Findings:
    found = Findings()
    internal = bundle / "_internal"
    exes = {name: bundle / f"{name}{EXE_SUFFIX}" for name in ("deskapp", "deskapp-admin")}
    for exe in exes.values():
        found.need(exe.is_file(), f"{exe.name} is missing")
    if found.problems or not internal.is_dir():
        found.problems.append(f"{bundle} is not a DeskApp bundle (no executables or _internal/)")
        return found

    files = _files(internal)
    for name, exe in exes.items():
        modules = pyz_modules(exe)
        for missing in _missing(REQUIRED_MODULES, modules):
            found.problems.append(f"{name}: module {missing} is not bundled")
        unwanted = sorted(m for m in modules if m.startswith(FORBIDDEN_MODULE_PREFIXES))
        found.need(not unwanted, f"{name}: unused modules bundled: {', '.join(unwanted[:8])}")

    # Migrations ship as the repository's own .py files (Alembic loads revisions from disk).
    src = repo / "migrations"
    for path in [src / "env.py", *sorted((src / "versions").glob("*.py"))]:
        rel = path.relative_to(repo).as_posix()
        copy = internal / rel
        found.need(copy.is_file() and copy.read_bytes() == path.read_bytes(),
                   f"{rel} is missing from the bundle or differs from the checkout")
    # Resources too, every file of the checkout's resources/ (icons, .desktop file, ...).
    res = repo / "resources"
    found.need((internal / "resources").is_dir(), "resources/ is missing from the bundle")
    for path in sorted(p for p in res.rglob("*") if p.is_file()) if res.is_dir() else []:
        rel = path.relative_to(repo).as_posix()
        copy = internal / rel
        found.need(copy.is_file() and copy.read_bytes() == path.read_bytes(),
                   f"{rel} is missing from the bundle or differs from the checkout")
    found.need((res / "icons" / "deskapp.svg").is_file(), "resources/icons/deskapp.svg is missing")
    # The window icon is an SVG: Qt draws it with the svg icon engine and image format plugins.
    for plugin in ("PySide6/Qt/plugins/iconengines/", "PySide6/Qt/plugins/imageformats/"):
        found.need(any(f.startswith(plugin) and "qsvg" in f for f in files),
                   f"Qt's SVG plugin in {plugin} is not bundled (the window icon needs it)")

    # Things found at run time, by metadata or by file name.
    entry_points = [f for f in files if f.startswith("keyring-") and f.endswith("entry_points.txt")]
    found.need(bool(entry_points) and "keyring.backends" in
               (internal / entry_points[0]).read_text(encoding="utf-8"),
               "keyring's entry_points.txt (how it finds its backends) is not bundled")
    for ext in REQUIRED_EXTENSIONS:
        found.need(any(f.startswith(ext + ".") and f.endswith((".so", ".pyd")) for f in files),
                   f"compiled module {ext.replace('/', '.')} is not bundled")
    found.need("tzdata/zoneinfo/Europe/Berlin" in files, "tzdata's zone files are not bundled")
    unwanted_files = sorted(f for f in files if any(m in f for m in FORBIDDEN_FILE_MARKERS))
    found.need(not unwanted_files, f"unused libraries bundled: {', '.join(unwanted_files[:8])}")
    return found


def main(argv: list[str]) -> int:
    bundle = Path(argv[1] if len(argv) > 1 else "dist/DeskApp").resolve()
    result = check(bundle)
    for note in result.notes:
        print(f"  note  {note}")
    for problem in result.problems:
        print(f"  FAIL  {problem}")
    if not result.problems:
        print(f"  ok    bundle contents: {len(REQUIRED_MODULES)} run-time imports, migrations, "
              "keyring entry points, psycopg binary, tzdata present; unused Qt absent")
    return 1 if result.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
