"""Database logins of staff members: the interface services and the admin UI use.

On a shared PostgreSQL desk with security applied, each staff member signs in as their own
login role, put into the desk's role groups (``deskapp.db.security.logins`` implements this);
a SQLite desk is single-user and has no logins.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class Logins(Protocol):
    """Create and manage staff members' database logins. Passwords are never stored or logged:
    implementations send a salted verifier only."""

    def create_login(self, username: str, password: str | None, roles: Sequence[str]) -> None:
        """Create the login (or take over an existing one) in the groups of ``roles``; set the
        password when one is given."""

    def set_password(self, username: str, password: str) -> None: ...

    def set_enabled(self, username: str, enabled: bool) -> None: ...

    def set_roles(self, username: str, roles: Sequence[str]) -> None:
        """Exactly these DeskApp roles on this desk (other desks' groups are left alone)."""

    def exists(self, username: str) -> bool: ...
