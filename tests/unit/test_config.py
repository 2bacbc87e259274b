"""Database URLs and profiles: bad input gets one clear sentence; passwords never hit a file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from deskapp.config.profiles import ENV_URL, Profile, ProfileStore, resolve_url
from deskapp.config.urls import parse_database_url, redacted, scrubbed
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


# -- encryption of shared profiles and passwords in query strings ------------------------------

def test_new_shared_profiles_are_encrypted_by_default(tmp_path: Path) -> None:
    plain = Profile("Team", "postgresql://ann@db.example.com/desk")
    assert plain.database_url().query["sslmode"] == "require"
    ca = tmp_path / "ca.crt"
    verified = Profile("Team", "postgresql://ann@db.example.com/desk", sslrootcert=str(ca))
    assert dict(verified.database_url().query) == {"sslmode": "verify-full",
                                                    "sslrootcert": str(ca)}


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer"])
def test_plaintext_needs_the_explicit_choice(mode: str) -> None:
    unconfirmed = Profile("Team", "postgresql://ann@h/d", sslmode=mode)
    assert unconfirmed.database_url().query["sslmode"] == "require"
    in_url = Profile("Team", f"postgresql://ann@h/d?sslmode={mode}")
    assert in_url.database_url().query["sslmode"] == "require"
    chosen = Profile("Team", "postgresql://ann@h/d", sslmode=mode, allow_plaintext=True)
    assert chosen.database_url().query["sslmode"] == mode


def test_an_unknown_ssl_mode_is_one_sentence() -> None:
    with pytest.raises(ConfigError, match="has the SSL mode 'sometimes'; use one of "
                                          "verify-full, verify-ca, require"):
        Profile("Team", "postgresql://ann@h/d", sslmode="sometimes").database_url()


def test_profiles_saved_before_the_choice_existed_are_migrated() -> None:
    """The old dialog preselected prefer, so prefer (or nothing) was never a real choice: it
    becomes the encrypted default. disable / allow had to be picked: kept, as a choice."""
    ProfileStore.file().parent.mkdir(parents=True)
    ProfileStore.file().write_text(json.dumps({"profiles": [
        {"name": "Local", "url": ""},
        {"name": "Old default", "url": "postgresql://ann@h/d", "sslmode": "prefer"},
        {"name": "Hand made", "url": "postgresql://ann@h/d"},
        {"name": "Query prefer", "url": "postgresql://ann@h/d?sslmode=prefer", "sslmode": ""},
        {"name": "Chose disable", "url": "postgresql://ann@h/d", "sslmode": "disable"},
        {"name": "Query allow", "url": "postgresql://ann@h/d?sslmode=allow"},
        {"name": "Verified", "url": "postgresql://ann@h/d", "sslmode": "verify-full"},
    ], "current": "Old default"}))
    store = ProfileStore.load()
    modes = {p.name: p.database_url().query.get("sslmode") for p in store.profiles
             if not p.is_local}
    assert modes == {"Old default": "require", "Hand made": "require",
                     "Query prefer": "require", "Chose disable": "disable",
                     "Query allow": "allow", "Verified": "verify-full"}
    store.save()  # saved with the choice recorded: loading again changes nothing
    again = ProfileStore.load()
    assert again.profiles == store.profiles
    assert json.loads(ProfileStore.file().read_text())["profiles"][4]["allow_plaintext"]


@pytest.mark.parametrize("url", ["postgresql://ann@h/d?password=s3cret",
                                 "postgresql://ann@h/d?sslpassword=s3cret"])
def test_profiles_refuse_passwords_in_the_query_string(url: str) -> None:
    with pytest.raises(ConfigError, match="contains a password"):
        ProfileStore().upsert(Profile("Bad", url))


def test_redacted_hides_passwords_in_the_query_string_too() -> None:
    url = parse_database_url("postgresql://ann:pw1@h/d?password=s3cret&sslpassword=k3y"
                             "&sslmode=require&application_name=x")
    shown = redacted(url)
    assert not any(secret in shown for secret in ("pw1", "s3cret", "k3y"))
    assert "password=***" in shown and "sslpassword=***" in shown
    assert "sslmode=require" in shown and "application_name=x" in shown


def test_scrubbed_masks_secrets_in_any_message() -> None:
    message = ("cannot open postgresql://ann:pw1@h/d?password=s3cret&x=1 (password = 'a b', "
               "sslpassword=k3y); at 12:00 ann@h said no")
    shown = scrubbed(message)
    assert not any(secret in shown for secret in ("pw1", "s3cret", "a b", "k3y"))
    assert "at 12:00 ann@h said no" in shown and "x=1" in shown


@pytest.mark.parametrize("argv", [
    ["db", "current"], ["kpi", "--from", "2025-01-01", "--to", "2025-01-31"],
    ["demo-data", "--tickets", "1"],
])
def test_the_command_line_never_echoes_a_password_from_the_url(
        argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Port 1 refuses at once: the error names the URL, with the secrets masked."""
    from deskapp import cli

    url = "postgresql://nobody@127.0.0.1:1/desk?password=s3cret&sslpassword=k3y"
    assert cli.main(["--database", url, *argv]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert "Cannot reach the database server" in err
    assert "s3cret" not in err and "k3y" not in err and "password=***" in err


def test_an_unparsable_url_hides_its_password(capsys: pytest.CaptureFixture[str]) -> None:
    from deskapp import cli

    assert cli.main(["--database", "postgresql://ann:pw1@/d?password=s3cret", "db",
                     "current"]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert "names no server" in err and "s3cret" not in err and "pw1" not in err
