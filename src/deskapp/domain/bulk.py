"""Bulk changes: what one change does to each selected work item, and which results its
kind's lifecycle forbids (a selection may mix kinds; each row follows its own lifecycle).

The bulk dialog plans on the rows as the person selected them, to say how many will change and
to refuse a forbidden result before anything is written; the service plans again on the rows as
stored (defence in depth). Both use :func:`plan`, so they agree on every count and refusal.
"""

from __future__ import annotations

import enum
import uuid
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from deskapp.domain.incident import (
    DESCRIPTION_MAX,
    RESOLUTION_CODE_MAX,
    validate_text,
)
from deskapp.domain.kinds import lifecycle


class Keep(enum.Enum):
    """The value of a field a bulk change leaves as it is on every row."""

    KEEP = "keep"

    def __repr__(self) -> str:
        return "KEEP"


KEEP = Keep.KEEP

#: A bulk change touching more incidents than this asks once more before it runs.
CONFIRM_ABOVE = 50

#: Statuses in which somebody must be working the incident.
NEEDS_ASSIGNEE = frozenset({"in_progress"})
ASSIGNED = "assigned"

#: Team members by team; a team missing from the mapping is not known (not checked).
Members = Mapping[uuid.UUID, frozenset[uuid.UUID]]


@dataclass(frozen=True)
class RowState:
    """What the rules need to know of one selected work item."""

    status: str
    team_id: uuid.UUID | None = None
    assignee_id: uuid.UUID | None = None
    kind: str = "incident"


@dataclass(frozen=True)
class BulkChange:
    """One change for every selected row; a field left at :data:`KEEP` is not touched.

    ``team_id``/``assignee_id`` set to None clear the field; the resolution fields are read only
    when ``status`` is Resolved.
    """

    team_id: uuid.UUID | None | Keep = KEEP
    assignee_id: uuid.UUID | None | Keep = KEEP
    status: str | Keep = KEEP
    resolution_code: str | None = None
    resolution_notes: str | None = None
    impact: int | Keep = KEEP
    urgency: int | Keep = KEEP

    @property
    def empty(self) -> bool:
        return all(v is KEEP for v in (self.team_id, self.assignee_id, self.status,
                                       self.impact, self.urgency))

    @property
    def assigns(self) -> bool:
        return self.team_id is not KEEP or self.assignee_id is not KEEP

    @property
    def sets_priority(self) -> bool:
        return self.impact is not KEEP or self.urgency is not KEEP

    def request_errors(self) -> dict[str, str]:
        """What is wrong with the change whatever the rows: field name -> message."""
        fields: dict[str, str] = {}
        if self.status == "new":
            fields["status"] = "An incident cannot be set back to New."
        if self.status == "resolved":
            validate_text(fields, "resolution_code", self.resolution_code,
                          label="Resolution code", required=True, limit=RESOLUTION_CODE_MAX,
                          missing="Choose a resolution code.")
            validate_text(fields, "resolution_notes", self.resolution_notes,
                          label="Resolution notes", required=True, limit=DESCRIPTION_MAX,
                          missing="Enter resolution notes.")
        return fields


class Skip(enum.StrEnum):
    """Why a row is left as it is (the service reports it as not allowed)."""

    CLOSED = "closed"  # an item in a final status (closed incident, cancelled task) stays put
    MOVE = "move"  # the lifecycle has no step from the row's status to the one asked for
    NOT_MEMBER = "not_member"  # the assignee is not a member of the row's team


def assignment_after(change: BulkChange, row: RowState,
                     members: Members) -> tuple[uuid.UUID | None, uuid.UUID | None]:
    """Team and assignee of ``row`` after ``change``: moving a row to another team takes off
    an assignee who is not a member of it (unless the change names the assignee too)."""
    team = row.team_id if change.team_id is KEEP else change.team_id
    if change.assignee_id is not KEEP:
        return team, change.assignee_id
    assignee = row.assignee_id
    known = members.get(team) if team is not None else None
    if team != row.team_id and assignee is not None and known is not None \
            and assignee not in known:
        assignee = None
    return team, assignee


def outcome(change: BulkChange, row: RowState, members: Members) -> RowState | Skip:
    """The row after ``change``, or why the rules leave it as it is."""
    status, team, assignee = row.status, row.team_id, row.assignee_id
    life = lifecycle(row.kind)
    if change.assigns:
        if not life.allowed(status):  # final: nothing moves it any more
            return Skip.CLOSED
        team, assignee = assignment_after(change, row, members)
        known = members.get(team) if team is not None else None
        if assignee is not None and known is not None and assignee not in known:
            return Skip.NOT_MEMBER
        if status == life.initial and life.on_assign and (team is not None
                                                          or assignee is not None):
            status = life.on_assign
    if isinstance(change.status, str) and change.status != status:
        if change.status not in life.allowed(status):
            return Skip.MOVE
        status = change.status
    return RowState(status, team, assignee, row.kind)


@dataclass(frozen=True)
class BulkPlan:
    """What a change would do to a selection, counted row by row."""

    total: int
    changing: int = 0
    unchanged: int = 0  # already as asked: nothing to write
    skipped: Mapping[Skip, int] = field(default_factory=dict)
    loses_team: int = 0
    loses_assignee: int = 0
    #: rows that would end In Progress (or another NEEDS_ASSIGNEE status) with nobody on them
    nobody_working: int = 0
    #: rows that would end Assigned with neither a team nor an assignee
    nobody_assigned: int = 0
    request_errors: Mapping[str, str] = field(default_factory=dict)

    @property
    def forbidden(self) -> bool:
        """The lifecycle forbids the result: the whole change is refused, not row by row."""
        return bool(self.nobody_working or self.nobody_assigned or self.request_errors)

    @property
    def ready(self) -> bool:
        return not self.forbidden and self.changing > 0

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.loses_team or self.loses_assignee or self.changing > CONFIRM_ABOVE)

    def refusal(self) -> str:
        """The refusal as one English sentence (the service's ValidationError)."""
        if self.request_errors:
            return " ".join(self.request_errors.values())
        parts = []
        if self.nobody_working:
            parts.append(f"{self.nobody_working} of the selected incident(s) would be In "
                         "Progress with nobody assigned; an incident in progress needs an "
                         "assignee.")
        if self.nobody_assigned:
            parts.append(f"{self.nobody_assigned} of the selected incident(s) would be "
                         "Assigned with neither a team nor an assignee.")
        return " ".join(parts + ["Nothing was changed."])


def plan(change: BulkChange, rows: Sequence[RowState], members: Members) -> BulkPlan:
    """Count what ``change`` does to ``rows``; a priority change counts every row as changing
    (the rows' impact and urgency are not part of :class:`RowState`)."""
    changing = unchanged = loses_team = loses_assignee = working = assigned = 0
    skipped: Counter[Skip] = Counter()
    for row in rows:
        after = outcome(change, row, members)
        if isinstance(after, Skip):
            skipped[after] += 1
            continue
        if after == row and not change.sets_priority:
            unchanged += 1
            continue
        changing += 1
        if after == row:
            continue  # only impact and urgency change: no lifecycle rule is touched
        loses_team += row.team_id is not None and after.team_id is None
        loses_assignee += row.assignee_id is not None and after.assignee_id is None
        working += after.status in NEEDS_ASSIGNEE and after.assignee_id is None
        assigned += (after.status == ASSIGNED and after.team_id is None
                     and after.assignee_id is None)
    return BulkPlan(len(rows), changing, unchanged, dict(skipped), loses_team, loses_assignee,
                    working, assigned, change.request_errors())
