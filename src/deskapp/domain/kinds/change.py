"""Changes (CHG-): a planned alteration of the services' configuration, authorised before it is
made and reviewed after (ITIL change enablement; Znuny ITSMChange and ServiceNow are the models).

Three types: a *standard* change comes from a pre-approved template and goes from New straight
to Scheduled (no CAB); a *normal* change is assessed, authorised by the CAB on the shared
approval engine, then scheduled; an *emergency* change takes the same path with the emergency
CAB. The lifecycle is strict; the rule of each step (what must be filled in first) lives here so
the service, the form and the tests read one sentence for each refusal.

Scheduled and Authorise are waiting statuses (the change waits for its window or its CAB);
Implement and Review are work. The approval engine moves an authorised change to Scheduled and
a rejected one back to Assess (``on_approved`` / ``on_rejected``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from deskapp.domain.kinds.base import (
    BULK_ASSIGN,
    BULK_TEAM,
    Category,
    KindDeclaration,
    Lifecycle,
)
from deskapp.errors import ValidationError
from deskapp.messages import mark, msg, translate

NEW, ASSESS, AUTHORISE, SCHEDULED = "new", "assess", "authorise", "scheduled"
IMPLEMENT, REVIEW, CLOSED, CANCELLED = "implement", "review", "closed", "cancelled"


class ChangeType(StrEnum):
    STANDARD = "standard"
    NORMAL = "normal"
    EMERGENCY = "emergency"


TYPE_LABELS: Mapping[str, str] = {ChangeType.STANDARD: "Standard", ChangeType.NORMAL: "Normal",
                                  ChangeType.EMERGENCY: "Emergency"}


class Outcome(StrEnum):
    """The post-implementation review's verdict."""

    SUCCESSFUL = "successful"
    WITH_ISSUES = "successful_with_issues"
    FAILED = "failed"
    BACKED_OUT = "backed_out"


OUTCOME_LABELS: Mapping[str, str] = {
    Outcome.SUCCESSFUL: mark("Successful"), Outcome.WITH_ISSUES: mark("Successful with issues"),
    Outcome.FAILED: mark("Failed"), Outcome.BACKED_OUT: mark("Backed out")}
#: The outcomes the change success rate counts as a success (a change that did what it was
#: for, even with issues on the way); failed and backed-out changes are not.
SUCCESS_OUTCOMES: tuple[str, ...] = (Outcome.SUCCESSFUL.value, Outcome.WITH_ISSUES.value)

#: A change window is at most this long: a longer piece of work is several changes (or a
#: release). The bound also keeps the conflict finder's window lookup on its index.
MAX_WINDOW = timedelta(days=14)
TYPE_MAX = 12
OUTCOME_MAX = 24

LIFECYCLE = Lifecycle(
    noun="change",
    statuses=(NEW, ASSESS, AUTHORISE, SCHEDULED, IMPLEMENT, REVIEW, CLOSED, CANCELLED),
    labels={NEW: mark("New"), ASSESS: mark("Assess"), AUTHORISE: mark("Authorise"),
            SCHEDULED: mark("Scheduled"), IMPLEMENT: mark("Implement"), REVIEW: mark("Review"),
            CLOSED: mark("Closed"), CANCELLED: mark("Cancelled")},
    initial=NEW,
    transitions={
        # a standard change is pre-approved: New -> Scheduled (the service checks the type)
        NEW: frozenset({ASSESS, SCHEDULED, CANCELLED}),
        ASSESS: frozenset({AUTHORISE, CANCELLED}),
        # only the approval engine moves it on: approved -> Scheduled, rejected -> Assess
        AUTHORISE: frozenset({SCHEDULED, ASSESS, CANCELLED}),
        # re-planned beyond its authorisation: assessed (and authorised) again
        SCHEDULED: frozenset({IMPLEMENT, ASSESS, CANCELLED}),
        IMPLEMENT: frozenset({REVIEW}),
        REVIEW: frozenset({CLOSED}),
        CLOSED: frozenset(),
        CANCELLED: frozenset(),
    },
    categories={NEW: Category.OPEN, ASSESS: Category.OPEN, AUTHORISE: Category.WAITING,
                SCHEDULED: Category.WAITING, IMPLEMENT: Category.OPEN, REVIEW: Category.OPEN,
                CLOSED: Category.DONE, CANCELLED: Category.DONE},
)

CHANGE = KindDeclaration(
    key="change",
    prefix="CHG",
    label=mark("Change"),
    plural=mark("Changes"),
    icon="system-run",
    lifecycle=LIFECYCLE,
    detail_table="change_details",
    # each step needs plans, a window or a CAB: not a bulk edit
    bulk_fields=frozenset({BULK_ASSIGN, BULK_TEAM}),
    sync_fields=("title", "description", "service_id", "ci_id", "impact", "urgency", "priority",
                 "status", "team_id", "assignee_id", "change_type", "reason",
                 "implementation_plan", "backout_plan", "test_plan", "planned_start",
                 "planned_end", "risk_answers", "risk_score", "risk_level", "review_outcome",
                 "review_notes"),
    policy="work_item_team_access",
    on_approved=SCHEDULED,
    on_rejected=ASSESS,
)

#: Statuses in which a change holds its window on the change calendar (the conflict finder
#: looks at these): everything not finished.
BOOKED = tuple(s for s in LIFECYCLE.statuses if LIFECYCLE.is_open(s))

PLAN_FIELDS = ("implementation_plan", "backout_plan", "test_plan")
_PLAN_SENTENCES = {
    "implementation_plan": "Describe how the change is made (the implementation plan).",
    "backout_plan": "Describe how the change is undone if it goes wrong (the backout plan).",
    "test_plan": "Describe how the result is tested (the test plan).",
}


def parse_type(value: Any) -> ChangeType:
    try:
        return ChangeType(str(value))
    except ValueError:
        raise ValidationError(msg("'{value}' is not a type of change; use standard, normal or "
                                  "emergency.", value=value), {"change_type": "unknown"}) from None


def parse_outcome(value: Any) -> Outcome:
    try:
        return Outcome(str(value))
    except ValueError:
        raise ValidationError(msg("'{value}' is not a review outcome; use one of {outcomes}.",
                                  value=value, outcomes=", ".join(
                                      translate(label) for label in OUTCOME_LABELS.values())),
                              {"review_outcome": "unknown"}) from None


def window_problems(start: datetime | None, end: datetime | None) -> dict[str, str]:
    """What is wrong with a planned window (empty: nothing, or no window at all)."""
    if start is None and end is None:
        return {}
    if start is None:
        return {"planned_start": "Enter when the change starts, or clear its end too."}
    if end is None:
        return {"planned_end": "Enter when the change ends, or clear its start too."}
    if end <= start:
        return {"planned_end": "The change ends before it starts; set an end after "
                               f"{start:%Y-%m-%d %H:%M}."}
    if end - start > MAX_WINDOW:
        return {"planned_end": f"A change window is at most {MAX_WINDOW.days} days; split the "
                               "work into several changes (a release groups them)."}
    return {}


def step_problems(change_type: str, current: str, target: str,
                  values: Mapping[str, Any]) -> dict[str, str]:
    """What stops a change with ``values`` (its fields as they will be saved) from moving from
    ``current`` to ``target`` (field -> sentence); empty when nothing does. The approval engine's
    own step (Authorise -> Scheduled) is the service's to check."""
    out: dict[str, str] = {}

    def need(name: str, sentence: str) -> None:
        value = values.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            out.setdefault(name, sentence)

    standard = change_type == ChangeType.STANDARD
    if target == SCHEDULED and current == NEW and not standard:
        out["status"] = (f"A {change_type} change is assessed and authorised before it is "
                         "scheduled; move it to Assess.")
    if target in (ASSESS, AUTHORISE) and standard:
        out["status"] = ("A standard change is pre-approved by its template; schedule it "
                         "directly (no CAB).")
    if target in (AUTHORISE, SCHEDULED, IMPLEMENT):
        need("reason", "Say why the change is needed (the reason).")
        for name in PLAN_FIELDS:
            need(name, _PLAN_SENTENCES[name])
        need("planned_start", "Plan the window: enter when the change starts.")
        need("planned_end", "Plan the window: enter when the change ends.")
        out.update({k: v for k, v in window_problems(values.get("planned_start"),
                                                     values.get("planned_end")).items()
                    if k not in out})
    if target == AUTHORISE:
        need("risk_level", "Answer the risk questions before asking the CAB.")
    if target == IMPLEMENT:
        need("assignee_id", "Assign the implementer before starting the change.")
    if target == CLOSED:
        need("review_outcome", "Record the review's outcome before closing the change.")
        if values.get("review_outcome") not in (None, Outcome.SUCCESSFUL.value):
            need("review_notes", "Write down the lessons learned: the change did not go as "
                                 "planned.")
    return out


def is_success(outcome: str | None) -> bool:
    return outcome in SUCCESS_OUTCOMES
