"""What a replica carries: the work of a scope ("me", "team:NAME", or both) and what it needs.

A scope is a condition on the work-item core, so the server answers "which items belong" with
one indexed query (team / assignee and status), at creation and again for the items a pull sees
change. The replica also keeps the parents of its items (a task's incident) as context.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, ColumnElement, Connection, and_, false, or_, select, union

from deskapp.db.models import Base, Person, Team, WorkItem
from deskapp.domain.records import TABLES, Sync
from deskapp.errors import ValidationError
from deskapp.messages import mark, msg, translate


@dataclass(frozen=True)
class Scope:
    me: bool = False
    team: str | None = None

    @classmethod
    def parse(cls, text: str) -> Scope:
        """``me``, ``team:NAME`` or ``me+team:NAME``."""
        me, team = False, None
        for part in (p.strip() for p in text.split("+")):
            if part == "me":
                me = True
            elif part.startswith("team:") and part[5:].strip():
                team = part[5:].strip()
            else:
                raise ValidationError(
                    msg("'{text}' is not a replica scope; use 'me', 'team:NAME' or "
                        "'me+team:NAME' (for example team:Field Services).", text=text),
                    {"scope": "unknown"})
        return cls(me, team)

    def __str__(self) -> str:
        return "+".join([*(["me"] if self.me else []), *([f"team:{self.team}"]
                                                         if self.team else [])])


@dataclass(frozen=True)
class ResolvedScope:
    """A scope with its team id and person found on the server."""

    scope: Scope
    staff_id: uuid.UUID
    team_id: uuid.UUID | None

    def condition(self) -> ColumnElement[bool]:
        """Open work of the scope, on the core table."""
        wi = WorkItem.__table__.c
        who = []
        if self.scope.me:
            who.append(wi.assignee_id == self.staff_id)
        if self.team_id is not None:
            who.append(wi.team_id == self.team_id)
        return and_(wi.deleted_at.is_(None), wi.status_category != "done",
                    or_(*who) if who else false())


def resolve(conn: Connection, scope: Scope, staff_id: uuid.UUID) -> ResolvedScope:
    team_id = None
    if scope.team is not None:
        team_id = conn.scalar(select(Team.__table__.c.id).where(
            Team.__table__.c.name == scope.team, Team.__table__.c.deleted_at.is_(None)))
        if team_id is None:
            names = sorted(conn.scalars(select(Team.__table__.c.name).where(
                Team.__table__.c.deleted_at.is_(None))))
            raise ValidationError(msg("There is no team '{team}' on this desk; teams: {teams}.",
                                      team=scope.team,
                                      teams=", ".join(names) or translate(mark("none"))),
                                  {"scope": "unknown team"})
    return ResolvedScope(scope, staff_id, team_id)


def items_in_scope(conn: Connection, resolved: ResolvedScope,
                   among: Iterable[uuid.UUID] | None = None) -> set[uuid.UUID]:
    """Ids of the scope's items (of ``among`` only, when given) with the parents they need."""
    wi = WorkItem.__table__.c
    stmt = select(wi.id, wi.parent_id).where(resolved.condition())
    if among is not None:
        stmt = stmt.where(wi.id.in_(list(among)))
    rows = conn.execute(stmt).all()
    return {r.id for r in rows} | {r.parent_id for r in rows if r.parent_id is not None}


@functools.cache
def _people_columns() -> tuple[tuple[Column[Any], Column[Any]], ...]:
    """(column naming a person, column naming its work item) of every synced work table."""
    columns: list[tuple[Column[Any], Column[Any]]] = []
    for name, decl in TABLES.items():
        table = Base.metadata.tables[name]
        item = "id" if name == "work_items" else decl.work_item_column
        if decl.sync is Sync.NONE or item is None:
            continue
        columns += [(table.c[fk.parent.name], table.c[item]) for fk in table.foreign_keys
                    if fk.column.table.name == "people"]
    return tuple(columns)


def callers_of(conn: Connection, items: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """The people ``items`` name: their callers, and whoever their rows point at (an access
    request's "for", a person approving), so the replica holds every person its work needs."""
    ids, columns = list(items), _people_columns()
    found: set[uuid.UUID] = set()
    for start in range(0, len(ids), 900):
        part = ids[start:start + 900]
        found |= set(conn.scalars(union(*(
            select(person).where(item_column.in_(part), person.is_not(None))
            for person, item_column in columns))))
    return found


PEOPLE = Person.__table__
