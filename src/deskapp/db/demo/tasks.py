"""Incident tasks: the work an incident is split into, generated under each incident.

A run's tasks are spread evenly over its incidents (``TASK_SHARE`` of the work items) and come
from random streams of their own, so the incidents of a seed stay the same whatever the tasks do.
A task opens after its incident, is assigned to any team, and follows its incident: the tasks
of a resolved incident are done, those of a pending one wait with it (or are done).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from deskapp.db.demo.common import CATEGORY_OF, KIND, TASK_KIND
from deskapp.db.demo.pending import pending_reason, until_text
from deskapp.db.demo.reference import Reference
from deskapp.db.demo.rows import SEQ, Batch, Formatter
from deskapp.db.demo.steps import ItemFacts
from deskapp.domain.numbers import format_number

#: Of the N work items a run adds, this share are incident tasks (the rest incidents).
TASK_SHARE = 0.4
TASK_TITLES = (
    "Replace the faulty part", "Check the network path", "Restore from backup",
    "Update the firewall rule", "Reimage the laptop", "Reset the account", "Patch the server",
    "Contact the vendor", "Verify with the caller", "Rotate the certificate",
    "Collect logs for analysis", "Re-run the failed job",
)
TASK_OPEN_PICK = ("new", "assigned", "in_progress", "in_progress", "pending", "closed")
#: tasks of a pending incident wait with it (or are done); they do not run their own clock
TASK_WAITING_PICK = ("pending", "pending", "closed")


class TaskGenerator:
    """Adds the tasks of one incident at a time to a batch (see :meth:`add`)."""

    def __init__(self, ref: Reference, *, seed: int, start_number: int, task_start: int,
                 fmt: Formatter) -> None:
        self.ref = ref
        self.rng = random.Random(f"tasks:{seed}:{start_number}")
        self.number = task_start
        self.fmt = fmt
        self.team_names = sorted(ref.teams)

    def add(self, batch: Batch, n_tasks: int, *, inc_id: str, number: str, opened: int,
            hi: int, status: str, requester: str, svc_hex: str, ci: str | None,
            category: str, channel: str, impact: int, urgency: int, priority: int,
            sla: str | None, target: tuple[int, int] | None, res_t: int,
            to_b: Callable[[float], float], from_b: Callable[[float], float],
            b_now: float, pauses: bool, facts: list[ItemFacts] | None) -> None:
        """``n_tasks`` tasks under the incident ``inc_id`` (its history gets ``task_added``),
        opened after ``opened`` and done by ``hi`` (its resolution, or now) when it is done;
        their :class:`ItemFacts` go to ``facts`` when the run has steps."""
        trnd, tbits = self.rng.random, self.rng.getrandbits
        fmt, seqs, team_names = self.fmt, SEQ, self.team_names
        members, teams, team_dashed = self.ref.members, self.ref.teams, self.ref.team_dashed
        ev = batch.events.append
        for _ in range(n_tasks):
            self.number += 1
            t_open = opened + 1 + int(max(0, hi - opened - 4) * trnd() * 0.5)
            t_id = f"{t_open * 1000:012x}7fff{0x8000000000000000 | tbits(62):016x}"
            t_head, t_tail = t_id[:13], t_id[16:]
            t_number = format_number(TASK_KIND, self.number)
            t_team = team_names[int(trnd() * len(team_names))]
            t_members = members[t_team]
            t_assignee = t_members[int(trnd() * len(t_members))]
            if status in ("resolved", "closed"):
                t_final = "closed" if trnd() < 0.9 else "cancelled"
            elif status == "pending":
                t_final = TASK_WAITING_PICK[int(trnd() * len(TASK_WAITING_PICK))]
            else:
                t_final = TASK_OPEN_PICK[int(trnd() * len(TASK_OPEN_PICK))]
            span = max(8, hi - t_open)
            if t_final == "pending":  # it waits soon after it starts, not days later
                span = min(span, 7200 + span // 25)
            t_steps: list[tuple[str, int]] = []
            if t_final != "new":
                t_steps.append(("assigned", t_open + 1 + int(span * 0.1 * trnd())))
                if t_final in ("in_progress", "pending", "closed"):
                    t_steps.append(("in_progress", t_open + 2 + int(span * 0.3)))
                if t_final == "pending":
                    t_steps.append(("pending", t_open + 3 + int(span * 0.6)))
                elif t_final in ("closed", "cancelled"):
                    t_steps.append((t_final, t_open + 3 + int(span * (0.5 + 0.4 * trnd()))))
            t_txt = fmt(t_open)
            ev((t_head + "001" + t_tail, TASK_KIND, t_id, requester, t_txt, "created", None,
                t_number))
            ev((t_head + "002" + t_tail, TASK_KIND, t_id, requester, t_txt, "status", None,
                "new"))
            ev((t_head + "003" + t_tail, KIND, inc_id, requester, t_txt, "task_added", None,
                t_number))
            t_seq, t_prev, t_version = 3, "new", 1
            t_team_id = t_assignee_id = t_responded = t_done = t_pend = None
            t_reason: str | None = None
            t_until: int | None = None
            for st, t in t_steps:
                t_version += 1
                if st == "assigned":
                    t_team_id, t_assignee_id, t_responded = teams[t_team], t_assignee[0], t
                    ev((t_head + seqs[t_seq + 1] + t_tail, TASK_KIND, t_id, requester,
                        fmt(t), "team_id", None, team_dashed[t_team]))
                    ev((t_head + seqs[t_seq + 2] + t_tail, TASK_KIND, t_id, requester,
                        fmt(t), "assignee_id", None, t_assignee[1]))
                    t_seq += 2
                if st in ("closed", "cancelled"):
                    t_done = t
                if st == "pending":
                    t_pend = t
                    if (st, t) == t_steps[-1]:  # still waiting: why, and until when
                        t_reason, t_until = pending_reason(t_id, hi + 1)  # hi: now - 1
                        t_seq += 1
                        ev((t_head + seqs[t_seq] + t_tail, TASK_KIND, t_id, t_assignee[0],
                            fmt(t), "pending_reason", None, t_reason))
                        if t_until is not None:
                            t_seq += 1
                            ev((t_head + seqs[t_seq] + t_tail, TASK_KIND, t_id, t_assignee[0],
                                fmt(t), "pending_until", None, until_text(t_until)))
                t_seq += 1
                ev((t_head + seqs[t_seq] + t_tail, TASK_KIND, t_id,
                    requester if st == "assigned" else t_assignee[0], fmt(t), "status",
                    t_prev, st))
                t_prev = st
            t_status = t_steps[-1][0] if t_steps else "new"
            t_updated = t_steps[-1][1] if t_steps else t_open
            if target is None:
                t_sla: tuple[Any, ...] = (None, None, None, None, None, False, False, None,
                                          None)
            else:
                b_t = to_b(t_open)
                paused = b_now - to_b(t_pend) if pauses and t_pend is not None else 0.0
                end_b = to_b(t_done) if t_done is not None else b_now
                t_el = max(0.0, end_b - b_t - paused)
                t_br = t_el >= res_t
                t_due = None
                if t_done is not None:
                    t_state = "breached" if t_br else "met"
                else:
                    t_state = ("breached" if t_br else "paused" if paused else
                               "warning" if t_el >= 0.75 * res_t else "ok")
                    t_due = fmt(int(from_b(b_t + res_t + paused)))
                t_check = None
                if t_state in ("ok", "warning"):
                    t_check = fmt(int(from_b(
                        b_t + (res_t if t_state == "warning" else 0.75 * res_t))))
                t_sla = (sla, None, t_due, None, round(t_el, 2), False, t_br, t_state,
                         t_check)
            batch.items.append((
                t_id, t_version, t_txt, fmt(t_updated), t_number,
                TASK_TITLES[int(trnd() * len(TASK_TITLES))] + f" for {number}", None, None,
                svc_hex, ci, category, channel, impact, urgency, priority, t_status,
                t_team_id, t_assignee_id, None, None, t_txt,
                fmt(t_responded) if t_responded is not None else None,
                fmt(t_done) if t_done is not None else None,
                fmt(t_done) if t_done is not None else None, 0, *t_sla, "incident_task",
                CATEGORY_OF[t_status], inc_id,
                fmt(t_open + 86400 + int(trnd() * 2 * 86400)), t_reason,
                fmt(t_until) if t_until is not None else None))
            batch.task_details.append((t_id, requester))
            if facts is not None:
                facts.append(ItemFacts(
                    t_id, TASK_KIND, "incident_task", t_number, t_status, priority, t_open,
                    t_responded, t_done, t_assignee if t_assignee_id is not None else None,
                    t_team if t_team_id is not None else None, svc_hex, None))
