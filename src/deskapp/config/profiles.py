"""Connection profiles: which database the app opens.

Stored as JSON in the config folder. A profile never holds a password: shared profiles keep a
URL without one and the password comes from the keyring or a prompt.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from sqlalchemy.engine import URL

from deskapp.config import paths
from deskapp.config.atomic import write_text_atomically
from deskapp.config.urls import parse_database_url, sqlite_url
from deskapp.errors import ConfigError

ENV_URL = "DESKAPP_DATABASE_URL"
LOCAL = "Local"


@dataclass(frozen=True)
class Profile:
    name: str
    url: str = ""  # empty: the embedded SQLite file in the data folder
    sslmode: str = ""  # PostgreSQL only: disable/prefer/require/verify-full ...

    @property
    def is_local(self) -> bool:
        return not self.url

    def database_url(self) -> URL:
        if not self.url:
            return sqlite_url(paths.default_sqlite_path())
        url = parse_database_url(self.url)
        if url.password:
            raise ConfigError(
                f"Profile '{self.name}' contains a password; remove it, DeskApp keeps "
                "passwords in the system keyring."
            )
        if self.sslmode and url.get_backend_name() == "postgresql":
            url = url.update_query_dict({"sslmode": self.sslmode})
        return url


@dataclass
class ProfileStore:
    profiles: list[Profile] = field(default_factory=lambda: [Profile(LOCAL)])
    current: str = LOCAL
    first_run_done: bool = False
    #: the local (SQLite) desk is copied to backups/ beside it once a day, at start-up
    daily_backup: bool = True
    backups_kept: int = 7

    @staticmethod
    def file() -> Path:
        return paths.config_dir() / "profiles.json"

    @classmethod
    def load(cls) -> ProfileStore:
        path = cls.file()
        if not path.exists():
            return cls()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            profiles = [Profile(**p) for p in raw.get("profiles", [])] or [Profile(LOCAL)]
            kept = raw.get("backups_kept", 7)
            if not isinstance(kept, int) or isinstance(kept, bool) or kept < 1:
                raise TypeError(f"backups_kept must be a whole number of 1 or more, not {kept!r}")
            return cls(profiles, raw.get("current", LOCAL), bool(raw.get("first_run_done")),
                       raw.get("daily_backup", True) is True, kept)
        except (ValueError, TypeError) as exc:
            raise ConfigError(
                f"The profile file {path} is damaged ({exc}); fix or delete it to start over."
            ) from None

    def save(self) -> None:
        data = {
            "profiles": [asdict(p) for p in self.profiles],
            "current": self.current,
            "first_run_done": self.first_run_done,
            "daily_backup": self.daily_backup,
            "backups_kept": self.backups_kept,
        }
        # atomic and fsynced: a crash or a power cut never leaves half a file
        write_text_atomically(self.file(), json.dumps(data, indent=2))

    def get(self, name: str) -> Profile:
        for profile in self.profiles:
            if profile.name == name:
                return profile
        raise ConfigError(f"There is no connection profile named '{name}'.")

    def current_profile(self) -> Profile:
        try:
            return self.get(self.current)
        except ConfigError:
            return self.profiles[0]

    def upsert(self, profile: Profile) -> None:
        if profile.url:
            Profile(profile.name, profile.url).database_url()  # validates, refuses passwords
        self.profiles = [p for p in self.profiles if p.name != profile.name] + [profile]

    def with_current(self, name: str) -> ProfileStore:
        self.get(name)
        return replace(self, current=name)


def resolve_url(cli_url: str | None = None, store: ProfileStore | None = None) -> URL:
    """``--database`` beats ``DESKAPP_DATABASE_URL`` beats the current profile."""
    if cli_url is not None:  # --database "" is a mistake to report, not "no option given"
        return parse_database_url(cli_url)
    env = os.environ.get(ENV_URL)
    if env:
        return parse_database_url(env)
    return (store or ProfileStore.load()).current_profile().database_url()
