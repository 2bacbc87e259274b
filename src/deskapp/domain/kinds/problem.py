"""Problems: the unknown cause of one or more incidents (ITIL), PRB- numbers.

A problem is investigated until its root cause is known; once a workaround is recorded too it is
a *known error* (the known-error database is the problems in that status), and it is resolved
when the permanent fix is in. The rules every step checks live here, so the service, the form
and the tests read one sentence for each refusal.
"""

from __future__ import annotations

from collections.abc import Mapping

from deskapp.domain.kinds.base import (
    BULK_ASSIGN,
    BULK_PRIORITY,
    BULK_TEAM,
    RESOLUTION,
    Category,
    KindDeclaration,
    Lifecycle,
)
from deskapp.messages import mark

NEW, UNDER_INVESTIGATION, KNOWN_ERROR = "new", "under_investigation", "known_error"
RESOLVED, CLOSED = "resolved", "closed"

LIFECYCLE = Lifecycle(
    noun="problem",
    statuses=(NEW, UNDER_INVESTIGATION, KNOWN_ERROR, RESOLVED, CLOSED),
    labels={NEW: mark("New"), UNDER_INVESTIGATION: mark("Under investigation"),
            KNOWN_ERROR: mark("Known error"), RESOLVED: mark("Resolved"), CLOSED: mark("Closed")},
    initial=NEW,
    transitions={
        NEW: frozenset({UNDER_INVESTIGATION, KNOWN_ERROR}),
        UNDER_INVESTIGATION: frozenset({KNOWN_ERROR, RESOLVED}),
        # the workaround proved wrong: back to investigation; the permanent fix is in: resolved
        KNOWN_ERROR: frozenset({UNDER_INVESTIGATION, RESOLVED}),
        # the fix did not hold: investigated again; confirmed: closed (final)
        RESOLVED: frozenset({UNDER_INVESTIGATION, CLOSED}),
        CLOSED: frozenset(),
    },
    # a known error waits for its permanent fix (a change); the SLA's pause list decides
    # whether that stops the resolution clock
    categories={NEW: Category.OPEN, UNDER_INVESTIGATION: Category.OPEN,
                KNOWN_ERROR: Category.WAITING, RESOLVED: Category.DONE, CLOSED: Category.DONE},
)

PROBLEM = KindDeclaration(
    key="problem",
    prefix="PRB",
    label=mark("Problem"),
    plural=mark("Problems"),
    icon="dialog-error",
    lifecycle=LIFECYCLE,
    sla_metrics=(RESOLUTION,),
    detail_table="problem_details",
    # status steps need a root cause (and a workaround): not a bulk edit
    bulk_fields=frozenset({BULK_ASSIGN, BULK_TEAM, BULK_PRIORITY}),
    sync_fields=("title", "description", "service_id", "ci_id", "category", "impact",
                 "urgency", "priority", "status", "team_id", "assignee_id", "due_at",
                 "resolution_notes", "root_cause", "root_cause_category", "workaround",
                 "permanent_fix", "known_error_at"),
    policy="work_item_team_access",
)

#: Where root causes are found, for trend reports (Continual Service Improvement).
ROOT_CAUSE_CATEGORIES = (
    "Software defect",
    "Hardware failure",
    "Configuration error",
    "Capacity",
    "Failed change",
    "Supplier / third party",
    "Human error",
    "Process gap",
    "Environment (power, cooling)",
    "Unknown",
)
ROOT_CAUSE_CATEGORY_MAX = 40  # problem_details.root_cause_category

#: The fields each step needs, and the sentence when one is missing.
_NEEDS: Mapping[str, tuple[tuple[str, str], ...]] = {
    KNOWN_ERROR: (
        ("root_cause", "Enter the root cause before marking the problem a known error."),
        ("workaround", "Enter the workaround agents can apply before marking the problem a "
                       "known error."),
    ),
    RESOLVED: (
        ("root_cause", "A problem cannot be resolved without its root cause; enter the root "
                       "cause first."),
        ("permanent_fix", "Describe the permanent fix before resolving the problem."),
    ),
}


def step_problems(target: str, values: Mapping[str, str | None]) -> dict[str, str]:
    """What stops a problem with ``values`` from moving to ``target`` (field -> sentence);
    empty when nothing does. ``values`` are the problem's fields as they will be saved."""
    return {name: sentence for name, sentence in _NEEDS.get(target, ())
            if not (values.get(name) or "").strip()}


def is_known_error(status: str) -> bool:
    return status == KNOWN_ERROR
