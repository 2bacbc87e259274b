"""Major incidents: an incident flagged major (not a kind of its own) gathers child incidents of
the same outage and a communications log of stakeholder updates, each promising the next.

Pure rules: who may declare one is in :mod:`deskapp.domain.permissions` (the
``major_incident`` resource); here are the refusals for children, the state of the next update
and how the timeline reads the major incident's history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

#: Who a stakeholder update goes to (offered in a list; the desk may type another).
AUDIENCES = ("Stakeholders", "Service owners", "Affected users", "All staff",
             "Executive team", "Service desk")
AUDIENCE_MAX = 80  # major_incident_updates.audience
#: Updates are promised at most this far ahead (a day; longer is a typing slip).
MAX_NEXT_UPDATE_MINUTES = 24 * 60


class UpdateState(StrEnum):
    NONE = "none"  # no update promised
    DUE = "due"  # promised, not yet due
    OVERDUE = "overdue"


@dataclass(frozen=True)
class NextUpdate:
    due_at: datetime | None
    state: UpdateState
    minutes: int  # until due (DUE) or since due (OVERDUE); 0 otherwise


def next_update(due_at: datetime | None, now: datetime, *, still_open: bool) -> NextUpdate:
    """Where the next stakeholder update stands: overdue once its time passed while the major
    incident is still open (a resolved one owes no more updates)."""
    if due_at is None or not still_open:
        return NextUpdate(due_at, UpdateState.NONE, 0)
    seconds = (due_at - now).total_seconds()
    if seconds < 0:
        return NextUpdate(due_at, UpdateState.OVERDUE, int(-seconds // 60))
    return NextUpdate(due_at, UpdateState.DUE, int(seconds // 60))


def child_refusal(major: str, child: str, *, child_is_major: bool, same: bool,
                  other_parent: str | None, child_open: bool) -> str:
    """Why ``child`` cannot become a child of the major incident ``major`` ("" when it can)."""
    if same:
        return f"{major} cannot be a child of itself."
    if child_is_major:
        return (f"{child} is itself a major incident; a major incident cannot be the child of "
                "another. Stand it down first, or link it as related.")
    if other_parent is not None and other_parent != major:
        return (f"{child} is already a child of {other_parent}; unlink it there first.")
    if not child_open:
        return f"{child} is closed; only open incidents join a major incident."
    return ""


#: History fields the timeline shows, and how each reads.
TIMELINE_FIELDS = {
    "created": "Logged",
    "status": "Status",
    "is_major": "Major incident",
    "child_added": "Child linked",
    "child_removed": "Child unlinked",
    "stakeholder_update": "Stakeholder update",
    "comment": "Comment to the caller",
    "work_note": "Work note",
    "assignee_id": "Assignee",
    "team_id": "Team",
    "priority": "Priority",
    "resolution_notes": "Resolution",
}
