"""Approvals on demo incidents: a few in every batch were sent for approval, as a desk does for
access and purchases that pass through an incident.

About ``SHARE`` of the incidents carry one request with one or two stages of named staff (the
Identity & Access or Security leads, then an Applications member): open incidents mostly still
wait for the first stage, the rest were decided (approved about four times in five, a rejection
always with its reason), each decision with its events as the service writes them
(``approval_requested``, ``approval``, ``approval_stage``, ``approval_state``).
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from deskapp.db.demo.rows import EVENTS_TABLE
from deskapp.db.demo.steps import ItemFacts, Rows, StepContext

#: Of the incidents a run adds, this share were sent for approval.
SHARE = 0.04
#: Who approves: stage 1 from these teams, stage 2 (when there is one) from the last.
STAGE_TEAMS = (("Identity & Access", "Security"), ("Applications",))
COMMENTS = ("Approved: covered by the team's budget.", "Fine, go ahead.",
            "Approved for three months; review then.", "OK as discussed on the phone.")
REASONS = ("No business case given; ask the line manager first.",
           "Not covered by the licence pool this quarter.",
           "Use the shared account the team already has.")

REQUEST_COLUMNS = ("id", "version", "created_at", "updated_at", "deleted_at", "work_item_id",
                   "rule", "state", "current_stage", "requested_by_id", "decided_at")
LINE_COLUMNS = ("id", "version", "created_at", "updated_at", "deleted_at", "request_id",
                "work_item_id", "stage", "approver_staff_id", "approver_person_id",
                "approver_name", "approver_email", "source", "decision", "comment",
                "decided_at", "decided_by_id", "recorded_by_proxy", "channel")


@dataclass(frozen=True)
class ApprovalStep:
    """The demo approvals (a :class:`~deskapp.db.demo.steps.Step`)."""

    name: str = "approvals"
    tables: tuple[tuple[str, tuple[str, ...]], ...] = (
        ("approval_requests", REQUEST_COLUMNS), ("approvals", LINE_COLUMNS))

    def rows(self, ctx: StepContext, items: Sequence[ItemFacts],
             rng: random.Random) -> Rows:
        out: Rows = {"approval_requests": [], "approvals": [], EVENTS_TABLE: []}
        for item in items:
            if item.kind == "incident" and rng.random() < SHARE:
                _approval(ctx, item, rng, out)
        return out


def _id(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


def _approval(ctx: StepContext, item: ItemFacts, rng: random.Random, out: Rows) -> None:
    fmt, ref = ctx.fmt, ctx.ref
    end = item.done if item.done is not None else ctx.now
    if end - item.opened < 3600:
        return  # too short-lived to have waited for anyone
    asked = item.opened + 600 + int((end - item.opened) * 0.1 * rng.random())
    stages: list[tuple[str, str]] = []  # one approver per stage: (hex, dashed)
    for teams in STAGE_TEAMS[:1 + (rng.random() < 0.3)]:
        members = ref.members[teams[int(rng.random() * len(teams))]]
        stages.append(members[int(rng.random() * len(members))])
    rule = [{"policy": "any", "approvers": [{"kind": "staff", "ref": dashed}]}
            for _, dashed in stages]
    requester = item.assignee
    request_id = _id(rng)
    # decided: everything done, most open items that waited more than a day and all that
    # waited more than three (approvers answer within days: at 1M, a week-old pending share
    # left each of seven approvers 400-560 lines waiting, no working desk's My approvals)
    waited = end - asked
    decided = item.done is not None or (
        waited > 86400 and (rng.random() < 0.6 or waited > 3 * 86400))
    approve = rng.random() < 0.8
    events: list[tuple[Any, ...]] = []

    def event(at: int, actor: str | None, field: str, old: str | None, new: str) -> None:
        events.append((_id(rng), item.prefix, item.id, actor, fmt(at), field, old, new))

    names = [ref.staff_names.get(hex_id, "Approver") for hex_id, _ in stages]
    event(asked, requester[0] if requester else None, "approval_requested", None,
          f"{len(stages)} stage(s); stage 1 asks {names[0]}")
    state, decided_at = "pending", None
    current: int | None = 1
    at = asked
    for number, ((hex_id, _dashed_id), name) in enumerate(zip(stages, names, strict=True),
                                                          start=1):
        line_at = at
        if not decided:
            out["approvals"].append(_line(ctx, rng, request_id, item, number, hex_id, name,
                                          line_at, None))
            break
        at = line_at + 300 + int((end - line_at) * 0.4 * rng.random())
        ok = approve or number < len(stages)
        comment = COMMENTS[int(rng.random() * len(COMMENTS))] if ok \
            else REASONS[int(rng.random() * len(REASONS))]
        out["approvals"].append(_line(ctx, rng, request_id, item, number, hex_id, name,
                                      line_at, (ok, comment, at)))
        verdict = "approved" if ok else "rejected"
        event(at, hex_id, "approval", "pending",
              f"Stage {number}: {verdict} by {name}: {comment}")
        if ok and number < len(stages):
            event(at, hex_id, "approval_stage", str(number),
                  f"stage {number + 1} asks {names[number]}")
            current = number + 1
            continue
        state, current, decided_at = verdict, None, at
        event(at, hex_id, "approval_state", "pending", verdict)
        break
    version = 1 + sum(e[5] == "approval" for e in events)
    out["approval_requests"].append((
        request_id, version, fmt(asked), fmt(decided_at or at), None, item.id, json.dumps(rule),
        state, current, requester[0] if requester else None,
        fmt(decided_at) if decided_at else None))
    out[EVENTS_TABLE].extend(events)


def _line(ctx: StepContext, rng: random.Random, request_id: str, item: ItemFacts, stage: int,
          staff: str, name: str, asked: int,
          decision: tuple[bool, str, int] | None) -> tuple[Any, ...]:
    fmt = ctx.fmt
    if decision is None:
        return (_id(rng), 1, fmt(asked), fmt(asked), None, request_id, item.id, stage, staff,
                None, name, None, "staff", "pending", None, None, None, False, None)
    ok, comment, at = decision
    return (_id(rng), 2, fmt(asked), fmt(at), None, request_id, item.id, stage, staff, None,
            name, None, "staff", "approved" if ok else "rejected", comment, fmt(at), staff,
            False, None)
