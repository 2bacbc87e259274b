"""deskapp.config.locations finds resources/ and migrations/ in every layout DeskApp ships in."""

from __future__ import annotations

import shutil
import site
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from deskapp.config import locations
from deskapp.errors import ConfigError

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _fresh_lookup() -> Iterator[None]:
    locations.data_root.cache_clear()
    yield
    locations.data_root.cache_clear()


def _layout(root: Path, *, env: bool = True, versions: bool = True) -> Path:
    """Write a minimal migrations/ + resources/ tree under ``root``."""
    migrations = root / "migrations"
    (migrations / "versions").mkdir(parents=True)
    if env:
        (migrations / "env.py").write_text("# env\n", encoding="utf-8")
    if versions:
        (migrations / "versions" / "0001_initial.py").write_text("# rev\n", encoding="utf-8")
    (root / "resources" / "icons").mkdir(parents=True)
    (root / "resources" / "icons" / "deskapp.png").write_bytes(b"\x89PNG")
    return root


@pytest.fixture
def no_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(locations, "_checkout_root", lambda: None)


@pytest.fixture
def empty_prefixes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Point every interpreter prefix at empty folders; return the venv prefix."""
    for name in ("prefix", "base_prefix"):
        (tmp_path / name).mkdir()
        monkeypatch.setattr(sys, name, str(tmp_path / name))
    (tmp_path / "userbase").mkdir()
    monkeypatch.setattr(site, "USER_BASE", str(tmp_path / "userbase"))
    return tmp_path / "prefix"


def _freeze(monkeypatch: pytest.MonkeyPatch, bundle: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)


def test_checkout_finds_the_repository_folders() -> None:
    assert not locations.is_frozen()
    assert locations.migrations_dir() == REPO / "migrations"
    assert locations.migrations_dir().is_absolute()
    assert (locations.migrations_dir() / "env.py").is_file()


def test_wheel_layout_uses_share_deskapp_under_the_prefix(
    no_checkout: None, empty_prefixes: Path
) -> None:
    share = _layout(empty_prefixes / "share" / "deskapp")
    assert locations.migrations_dir() == share / "migrations"
    assert locations.resource("icons", "deskapp.png").read_bytes() == b"\x89PNG"


def test_wheel_installed_with_user_scheme_is_found(
    no_checkout: None, empty_prefixes: Path
) -> None:
    user_share = _layout(Path(site.USER_BASE) / "share" / "deskapp")  # type: ignore[arg-type]
    assert locations.migrations_dir() == user_share / "migrations"


def test_frozen_bundle_uses_meipass(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bundle = _layout(tmp_path / "_internal")
    _freeze(monkeypatch, bundle)
    assert locations.is_frozen()
    assert locations.candidates() == [bundle]
    assert locations.migrations_dir() == bundle / "migrations"
    assert locations.resources_dir() == bundle / "resources"


def test_frozen_bundle_never_falls_back_to_a_checkout(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A bundle whose migrations were removed must say so, not borrow the repository's."""
    bundle = tmp_path / "_internal"
    bundle.mkdir()
    _freeze(monkeypatch, bundle)
    with pytest.raises(ConfigError) as err:
        locations.migrations_dir()
    message = str(err.value)
    assert "'migrations' folder is missing" in message
    assert str(bundle) in message
    assert str(REPO) not in message
    assert message.endswith("reinstall DeskApp.")


def test_missing_migrations_everywhere_is_a_clear_config_error(
    no_checkout: None, empty_prefixes: Path
) -> None:
    with pytest.raises(ConfigError, match=r"'migrations' folder is missing .*reinstall DeskApp"):
        locations.migrations_dir()
    with pytest.raises(ConfigError, match="'resources' folder is missing"):
        locations.resource("icons", "deskapp.png")


@pytest.mark.parametrize(("env", "versions"), [(False, True), (True, False)])
def test_incomplete_migrations_folder_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, env: bool, versions: bool
) -> None:
    bundle = _layout(tmp_path / "_internal", env=env, versions=versions)
    _freeze(monkeypatch, bundle)
    with pytest.raises(ConfigError, match=r"is incomplete .*reinstall DeskApp"):
        locations.migrations_dir()


def test_alembic_reads_bundled_migrations_from_any_working_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The frozen app has no alembic.ini; script_location is absolute, so cwd does not matter."""
    from deskapp.db import migrate

    checkout_head = migrate.head_revision()
    locations.data_root.cache_clear()
    bundle = tmp_path / "_internal"
    shutil.copytree(REPO / "migrations", bundle / "migrations",
                    ignore=shutil.ignore_patterns("__pycache__"))
    _freeze(monkeypatch, bundle)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert migrate.alembic_config().get_main_option("script_location") == str(
        bundle / "migrations")
    assert migrate.script_directory().dir == str(bundle / "migrations")
    assert migrate.head_revision() == checkout_head
