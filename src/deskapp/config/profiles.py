"""Connection profiles: which database the app opens.

Stored as JSON in the config folder. A profile never holds a password: shared profiles keep a
URL without one and the password comes from the keyring or a prompt.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL

from deskapp.config import paths
from deskapp.config.atomic import write_text_atomically
from deskapp.config.urls import parse_database_url, secret_keys, sqlite_url
from deskapp.errors import ConfigError
from deskapp.messages import msg

ENV_URL = "DESKAPP_DATABASE_URL"
LOCAL = "Local"


#: libpq modes that encrypt: ``require`` (TLS, the server not checked), ``verify-ca`` (signed
#: by the CA file), ``verify-full`` (signed by it and naming the host connected to).
ENCRYPTED_MODES = ("verify-full", "verify-ca", "require")
#: libpq modes that may send passwords and tickets in clear text: allowed in a profile only
#: when the person chose one explicitly (``allow_plaintext``).
PLAINTEXT_MODES = ("prefer", "allow", "disable")
SSL_MODES = ENCRYPTED_MODES + PLAINTEXT_MODES


def default_sslmode(ca_file: str) -> str:
    """A shared profile's mode unless the person chooses another: the server is verified when
    there is a CA file to verify it with, and the connection is encrypted in any case."""
    return "verify-full" if ca_file.strip() else "require"


@dataclass(frozen=True)
class Profile:
    name: str
    url: str = ""  # empty: the embedded SQLite file in the data folder
    #: PostgreSQL only. "": the default (:func:`default_sslmode`); a plaintext mode counts only
    #: with ``allow_plaintext`` (otherwise the default is used)
    sslmode: str = ""
    sslrootcert: str = ""  # the CA file (PEM) that signed the server's certificate
    allow_plaintext: bool = False  # the person chose an unencrypted mode explicitly
    #: PostgreSQL only: a read-only streaming replica of the desk; KPIs, service reviews and
    #: queue exports read from it (with its lag shown), everything else from ``url``
    replica_url: str = ""

    @property
    def is_local(self) -> bool:
        return not self.url

    def effective_sslmode(self, url: URL | None = None) -> str:
        """The mode a connection uses: the profile's (or the URL's ``?sslmode=``), a plaintext
        one only when chosen explicitly, else :func:`default_sslmode`."""
        mode = self.sslmode or (str(url.query.get("sslmode", "")) if url is not None else "")
        if mode and mode not in SSL_MODES:
            raise ConfigError(msg("Profile '{name}' has the SSL mode '{mode}'; use one of "
                                  "{ssl_modes}.",
                                  name=self.name, mode=mode, ssl_modes=', '.join(SSL_MODES)))
        if not mode or (mode in PLAINTEXT_MODES and not self.allow_plaintext):
            return default_sslmode(self.sslrootcert)
        return mode

    def database_url(self) -> URL:
        if not self.url:
            return sqlite_url(paths.default_sqlite_path())
        return self._server_url(self.url)

    def replica_database_url(self) -> URL | None:
        """The reporting replica's URL (same TLS settings as the desk's), or None."""
        if not self.replica_url.strip():
            return None
        url = self._server_url(self.replica_url.strip())
        if url.get_backend_name() != "postgresql" or not self.url:
            raise ConfigError(msg("Profile '{name}': a reporting replica is a PostgreSQL "
                                  "standby of a shared desk; remove it or use a postgresql:// "
                                  "URL.", name=self.name))
        return url

    def _server_url(self, text: str) -> URL:
        url = parse_database_url(text)
        if url.password or secret_keys(url):
            raise ConfigError(
                msg("Profile '{name}' contains a password; remove it, DeskApp keeps passwords "
                    "in the system keyring.", name=self.name)
            )
        if url.get_backend_name() == "postgresql":
            tls = {"sslmode": self.effective_sslmode(url)}
            ca_file = self.sslrootcert.strip()
            if ca_file:  # "system" (libpq 16+): the operating system's trusted authorities
                tls["sslrootcert"] = ca_file if ca_file == "system" else \
                    str(Path(ca_file).expanduser())
            url = url.update_query_dict(tls)
        return url


def _migrated(raw: dict[str, Any]) -> Profile:
    """A profile as saved, brought up to date. Profiles saved before ``allow_plaintext``
    existed: ``prefer`` (the old dialog's default, never a real choice) and no mode become the
    default (``require``, or ``verify-full`` with a CA file): the connection is encrypted or
    fails with a sentence saying how to choose. ``disable`` and ``allow`` were chosen on purpose
    and are kept, now as an explicit plaintext choice."""
    if "allow_plaintext" in raw:
        return Profile(**raw)
    mode = str(raw.get("sslmode") or "")
    if not mode and raw.get("url"):
        try:
            mode = str(parse_database_url(str(raw["url"])).query.get("sslmode", ""))
        except ConfigError:
            mode = ""
    if mode in ("disable", "allow"):
        return Profile(**{**raw, "sslmode": mode, "allow_plaintext": True})
    if mode == "prefer":
        return Profile(**{**raw, "sslmode": ""})
    return Profile(**raw)


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
            profiles = [_migrated(p) for p in raw.get("profiles", [])] or [Profile(LOCAL)]
            kept = raw.get("backups_kept", 7)
            if not isinstance(kept, int) or isinstance(kept, bool) or kept < 1:
                raise TypeError(f"backups_kept must be a whole number of 1 or more, not {kept!r}")
            return cls(profiles, raw.get("current", LOCAL), bool(raw.get("first_run_done")),
                       raw.get("daily_backup", True) is True, kept)
        except (ValueError, TypeError) as exc:
            raise ConfigError(
                msg("The profile file {path} is damaged ({exc}); fix or delete it to start over.",
                    path=path, exc=exc)
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
        raise ConfigError(msg("There is no connection profile named '{name}'.", name=name))

    def current_profile(self) -> Profile:
        try:
            return self.get(self.current)
        except ConfigError:
            return self.profiles[0]

    def upsert(self, profile: Profile) -> None:
        if profile.url:
            profile.database_url()  # validates, refuses passwords
            profile.replica_database_url()
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
