"""Role names of one desk. PostgreSQL roles are cluster-wide: two desks on one server must not
share them, so every DeskApp role is prefixed with the desk's database name
(``dk_<database>_agent``); the owner role is ``dk_<database>_owner``.

A database name that is not a plain lower-case identifier, or too long for a role name beside
the longest DeskApp role, is shortened and given a hash of the full name, so two names never map
to one prefix.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from deskapp.domain.permissions import ROLES
from deskapp.errors import ConfigError
from deskapp.messages import msg

#: PostgreSQL's identifier limit (NAMEDATALEN - 1).
MAX_IDENTIFIER = 63
_LONGEST_SUFFIX = max(len(r) for r in (*ROLES, "owner"))
_ROOM = MAX_IDENTIFIER - len("dk_") - 1 - _LONGEST_SUFFIX
_PLAIN = re.compile(r"^[a-z_][a-z0-9_]*$")


def quote_ident(name: str) -> str:
    """A PostgreSQL identifier, always double-quoted (a role name may be anything)."""
    if not name or "\x00" in name:
        raise ConfigError("An empty or NUL-containing name cannot be a PostgreSQL identifier.")
    return '"' + name.replace('"', '""') + '"'


def quote_literal(value: str) -> str:
    if "\x00" in value:
        raise ConfigError("A NUL character cannot be stored in PostgreSQL.")
    return "'" + value.replace("'", "''") + "'"


def desk_prefix(database: str) -> str:
    """``dk_<database>``, made safe and short enough; distinct databases get distinct prefixes."""
    if not database:
        raise ConfigError("The database URL names no database; security is applied per desk "
                          "database, so give one.")
    if _PLAIN.match(database) and len(database) <= _ROOM:
        return f"dk_{database}"
    digest = hashlib.sha256(database.encode()).hexdigest()[:8]
    clean = re.sub(r"[^a-z0-9_]+", "_", database.lower()).strip("_")
    return f"dk_{clean[:_ROOM - 9]}_{digest}"


@dataclass(frozen=True)
class DeskRoles:
    """The role names of one desk database."""

    database: str

    @property
    def prefix(self) -> str:
        return desk_prefix(self.database)

    @property
    def owner(self) -> str:
        return f"{self.prefix}_owner"

    def group(self, role: str) -> str:
        if role not in ROLES:
            raise ConfigError(msg("'{role}' is not a DeskApp role; use {roles}.",
                                  role=role, roles=', '.join(ROLES)))
        return f"{self.prefix}_{role}"

    def groups(self) -> dict[str, str]:
        """DeskApp role -> group role name, for every DeskApp role."""
        return {r: self.group(r) for r in ROLES}

    def role_of_group(self, group: str) -> str | None:
        for role, name in self.groups().items():
            if name == group:
                return role
        return None
