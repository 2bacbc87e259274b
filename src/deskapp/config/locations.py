"""The one place that finds DeskApp's bundled files (``resources/`` and ``migrations/``).

Three layouts must work alike:

* a frozen PyInstaller bundle: the files sit in ``sys._MEIPASS`` (``_internal/`` next to the
  executables). A bundle looks only there, so it can never pick up a stray checkout's files;
* a source checkout (also an editable install): the top of the repository, found from this file;
* an installed wheel: the ``[tool.setuptools.data-files]`` of pyproject, i.e.
  ``<prefix>/share/deskapp`` for the virtual environment, the base interpreter or the user base.

A missing or incomplete folder is a :class:`ConfigError` that names where it looked and says to
reinstall, never a bare ``FileNotFoundError`` deep inside Alembic or Qt.
"""

from __future__ import annotations

import site
import sys
from functools import cache
from pathlib import Path

from deskapp.errors import ConfigError
from deskapp.messages import msg

SHARE = Path("share") / "deskapp"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def _checkout_root() -> Path | None:
    # src/deskapp/config/locations.py -> the repository; a wheel's site-packages is no checkout.
    root = Path(__file__).resolve().parents[3]
    if (root / "pyproject.toml").is_file() and (root / "src" / "deskapp").is_dir():
        return root
    return None


def _share_roots() -> list[Path]:
    prefixes = [Path(sys.prefix), Path(sys.base_prefix)]
    user_base = getattr(site, "USER_BASE", None)  # pip install --user puts data files there
    if user_base:
        prefixes.append(Path(user_base))
    roots: list[Path] = []
    for prefix in prefixes:
        if prefix / SHARE not in roots:
            roots.append(prefix / SHARE)
    return roots


def candidates() -> list[Path]:
    """The folders searched, in order (also shown in the error message)."""
    if is_frozen():
        return [Path(sys._MEIPASS)]  # type: ignore[attr-defined]  # set by the bootloader
    checkout = _checkout_root()
    return ([checkout] if checkout else []) + _share_roots()


@cache
def data_root(marker: str) -> Path:
    """Return the first root that holds the folder ``marker`` (``migrations`` or ``resources``)."""
    roots = candidates()
    for root in roots:
        if (root / marker).is_dir():
            return root
    searched = ", ".join(str(r) for r in roots)
    raise ConfigError(
        msg("DeskApp's '{marker}' folder is missing (looked in {searched}); reinstall DeskApp.",
            marker=marker, searched=searched)
    )


def migrations_dir() -> Path:
    """Alembic's ``script_location``: absolute, with ``env.py`` and the revision files."""
    path = data_root("migrations") / "migrations"
    versions = path / "versions"
    if not (path / "env.py").is_file() or not any(versions.glob("*.py")):
        raise ConfigError(
            msg("The migrations folder {path} is incomplete (env.py or versions/*.py missing); "
                "reinstall DeskApp.", path=path)
        )
    return path


def resources_dir() -> Path:
    return data_root("resources") / "resources"


def resource(*parts: str) -> Path:
    """Path of a file under ``resources/`` (it may not exist; callers decide)."""
    return resources_dir().joinpath(*parts)
