"""Database URLs and profiles: bad input gets one clear sentence; passwords never hit a file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from deskapp.config.profiles import ENV_URL, Profile, ProfileStore, resolve_url
from deskapp.config.urls import parse_database_url, redacted
from deskapp.errors import ConfigError


@pytest.fixture(autouse=True)
def _profile_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESKAPP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("DESKAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv(ENV_URL, raising=False)


def test_postgres_urls_use_psycopg() -> None:
    url = parse_database_url("postgresql://ann@db.example.com:5433/desk")
    assert url.drivername == "postgresql+psycopg" and url.port == 5433


@pytest.mark.parametrize("text,fragment", [
    ("", "is empty"),
    ("::::", "is not a database URL"),
    ("oracle://u@h/db", "cannot use 'oracle'"),
    ("postgresql://ann@/desk", "names no server"),
    ("postgresql://ann@host", "names no database"),
])
def test_malformed_urls(text: str, fragment: str) -> None:
    with pytest.raises(ConfigError, match=fragment):
        parse_database_url(text)


def test_redacted_hides_password() -> None:
    url = parse_database_url("postgresql://ann:s3cret@h/d")
    assert "s3cret" not in redacted(url)


def test_default_profile_is_local_sqlite_in_data_dir(tmp_path: Path) -> None:
    url = resolve_url()
    assert url.get_backend_name() == "sqlite"
    assert url.database == str(tmp_path / "data" / "deskapp.sqlite3")


def test_precedence_cli_over_env_over_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    store = ProfileStore()
    store.upsert(Profile("Team", "postgresql://ann@h/team"))
    store = store.with_current("Team")
    store.save()
    assert resolve_url().database == "team"
    monkeypatch.setenv(ENV_URL, "sqlite:////tmp/env.db")
    assert resolve_url().database == "/tmp/env.db"
    assert resolve_url("postgresql://x@h/cli").database == "cli"


def test_profiles_refuse_passwords_and_never_store_them() -> None:
    store = ProfileStore()
    with pytest.raises(ConfigError, match="keyring"):
        store.upsert(Profile("Bad", "postgresql://ann:pw@h/d"))
    store.upsert(Profile("Ok", "postgresql://ann@h/d", sslmode="require"))
    store.save()
    text = ProfileStore.file().read_text()
    assert "pw" not in json.loads(text)["profiles"][1]["url"]
    assert ProfileStore.load().get("Ok").database_url().query["sslmode"] == "require"


def test_damaged_profile_file_says_what_to_do() -> None:
    ProfileStore.file().parent.mkdir(parents=True)
    ProfileStore.file().write_text("{not json")
    with pytest.raises(ConfigError, match="fix or delete it"):
        ProfileStore.load()
