"""Incidents: the desk's main stream of work, with their histories, comments and SLA clocks.

Resolved and closed incidents are spread over the two-year window along the demand curve; the
open ones are planned first (young, aged as a share of their own SLA target) and both streams
are merged in opening order so numbers follow time. Each incident's tasks are added right after
it by :class:`~deskapp.db.demo.tasks.TaskGenerator`, and every batch then goes through the
run's :data:`~deskapp.db.demo.steps.STEPS` (time entries and other rows on the work items).
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from deskapp.db.demo.calendars import UK_BANK_HOLIDAYS
from deskapp.db.demo.clock import WALL, Clock
from deskapp.db.demo.common import CATEGORY_OF, KIND, WINDOW_DAYS, lognormal, picks
from deskapp.db.demo.pending import pending_reason, until_text
from deskapp.db.demo.reference import Reference
from deskapp.db.demo.rows import EVENTS_TABLE, SEQ, Batch, Formatter
from deskapp.db.demo.services import CATEGORY_TEAM
from deskapp.db.demo.steps import ItemFacts, Step, StepContext, step_rng
from deskapp.db.demo.tasks import TaskGenerator
from deskapp.db.demo.text import (
    DESC_OPENERS,
    DESC_TAILS,
    PUBLIC_COMMENTS,
    RESOLUTION_NOTES,
    RESOLUTION_WEIGHTS,
    TITLE_TEMPLATES,
    WORK_NOTES,
    expand,
    sentence_case,
)
from deskapp.domain.incident import CATEGORIES, RESOLUTION_CODES
from deskapp.domain.numbers import format_number


class IncidentGenerator:
    """Builds ticket batches; every random choice comes from ``Random(seed)``."""

    def __init__(self, ref: Reference, clocks: dict[str, Clock], *, seed: int,
                 start_number: int, total: int, open_ratio: float, now: datetime,
                 postgres: bool, task_start: int = 0, tasks: int = 0,
                 steps: Sequence[Step] = ()) -> None:
        self.ref = ref
        self.clocks = clocks
        self.rng = random.Random(seed)
        # Ids come from their own stream so they are unique across runs on one database even
        # with the same seed (the number counter differs), and so the main stream stays the
        # same whatever the clock says.
        self.id_rng = random.Random(f"ids:{seed}:{start_number}")
        self.number = start_number
        self.total = total
        self.tasks_total = tasks
        self.done = 0
        self.open_ratio = open_ratio
        self.now = int(now.timestamp())
        self.window_end = self.now - 900
        self.window_start = self.window_end - WINDOW_DAYS * 86400
        self.fmt = Formatter(self.window_start // 86400 - 2, self.now // 86400 + 800, postgres)
        # tasks come from streams of their own, so the incidents of a seed stay the same
        self.tasks = TaskGenerator(ref, seed=seed, start_number=start_number,
                                   task_start=task_start, fmt=self.fmt)
        # and so do the steps (time entries...) that add rows on the items of each batch
        self.steps = tuple(steps)
        self.step_rngs = [step_rng(step, seed, start_number) for step in self.steps]
        self.context = StepContext(ref, clocks, self.fmt, self.now, seed)
        self._build_slots()
        self.slot = 0
        # open items are planned up front (their own stream, built on the first batch, in the
        # worker when there is one); the rest are spread over the demand curve, and the two
        # are merged in opening order so numbers still follow time
        self.seed = seed
        self.n_open = round(open_ratio * total)
        self.open_plan: list[tuple[int, int, int, int, str]] | None = None
        self.open_done = 0  # planned open items used
        self.closed_done = 0  # resolved/closed items used
        self.next_closed: int | None = None  # the next resolved item's opening time, drawn

        self.titles = {c: expand(TITLE_TEMPLATES.get(c, TITLE_TEMPLATES["Other"]))
                       for c in CATEGORIES}
        services = [(s, spec, sla) for s, spec, sla in ref.services if spec.weight > 0]
        if not services:
            raise RuntimeError("No catalogue services to log incidents against.")
        self.service_pick = picks([(i, spec.weight) for i, (_, spec, _) in enumerate(services)])
        self.services = services
        self.impact_pick = picks([(1, 10), (2, 30), (3, 60)])
        self.urgency_pick = picks([(1, 15), (2, 35), (3, 50)])
        self.channel_pick = picks([("phone", 35), ("email", 25), ("portal", 22), ("chat", 10),
                                    ("walk-in", 5), ("monitoring", 3)])
        self.open_pick = picks([("new", 18), ("assigned", 22), ("in_progress", 40),
                                 ("pending", 20)])
        self.code_pick = picks(list(zip(RESOLUTION_CODES, RESOLUTION_WEIGHTS, strict=True)))
        # delays as fractions of the SLA target (business minutes) and pending spells (seconds)
        self.resp_x = lognormal(-1.05, 0.7)  # median 35 % of the response target
        self.work_x = lognormal(-3.0, 0.8)  # work starts soon after assignment
        self.res_x = lognormal(-0.9, 0.7)  # median 40 % of the resolution target
        self.pend_s = [min(10 * 86400.0, max(1800.0, x)) for x in lognormal(11.0, 1.0)]
        self.prio = [[0] * 4 for _ in range(4)]
        for i in range(1, 4):
            for u in range(1, 4):
                self.prio[i][u] = ref.matrix.cells[(i, u)]
        # open items: how far their clock has run, as a share of the target (median 35 %,
        # about 8 % past it), and how long a pending one has been waiting (median five days)
        self.open_x = lognormal(math.log(0.35), 0.75)
        self.wait_s = [min(120 * 86400.0, max(3600.0, x))
                       for x in lognormal(math.log(5 * 86400), 1.0)]

    def _plan_open(self) -> list[tuple[int, int, int, int, str]]:
        """The open items, oldest first: (opened, service pick, impact, urgency, status).

        A working desk's open items are young: the age is drawn as a share of the item's own
        SLA target on its calendar (response target while ``new``, resolution target after),
        so about one in ten is past it; a ``pending`` one has waited on top of that (the
        paused clock does not run), which gives the tail of older items. An open P1 is hours
        old: its age is counted in wall time and it is never left pending.
        """
        rng = random.Random(f"open:{self.seed}:{self.number}")
        rnd = rng.random
        ref, clocks, now = self.ref, self.clocks, self.now
        default_sla, sla_targets = ref.default_sla, ref.sla_targets
        services, service_pick = self.services, self.service_pick
        open_x, wait_s, open_pick = self.open_x, self.wait_s, self.open_pick
        b_nows = {key: clock.to_b(now) for key, clock in clocks.items()}
        latest, earliest = now - 120, self.window_start
        plan: list[tuple[int, int, int, int, str]] = []
        for _ in range(self.n_open):
            pick = service_pick[int(rnd() * len(service_pick))]
            svc_sla = services[pick][2]
            impact = self.impact_pick[int(rnd() * 100)]
            urgency = self.urgency_pick[int(rnd() * 100)]
            priority = self.prio[impact][urgency]
            final = open_pick[int(rnd() * len(open_pick))]
            if priority == 1 and final == "pending":
                final = "in_progress"
            sla = svc_sla if svc_sla in sla_targets else default_sla
            targets = sla_targets.get(sla) if sla else None
            target = targets.get(priority) if targets else None
            key = sla if sla and target else WALL
            resp_t, res_t = target if target else (60, 1440)
            age_b = (resp_t if final == "new" else res_t) * open_x[int(rnd() * 4096)]
            if final == "pending":
                age_b *= 0.5
            if priority == 1:
                opened = now - int(age_b * 60)
            else:
                opened = int(clocks[key].from_b(b_nows[key] - age_b))
            if final == "pending":
                opened -= int(wait_s[int(rnd() * 4096)])
            plan.append((max(earliest, min(latest, opened)), pick, impact, urgency, final))
        plan.sort()
        return plan

    def _build_slots(self) -> None:
        """Hourly demand weights over the window: office hours busy, nights and weekends quiet,
        UK bank holidays like Sundays, and volume growing threefold over the two years."""
        tz = ZoneInfo("Europe/London")
        holidays = {d for d, _ in UK_BANK_HOLIDAYS}
        starts: list[int] = []
        cum: list[float] = [0.0]
        weights: list[float] = []
        t = self.window_start
        span = self.window_end - self.window_start
        while t < self.window_end:
            length = min(3600, self.window_end - t)
            local = datetime.fromtimestamp(t, tz)
            hour, workday = local.hour, local.weekday() < 5 and local.date() not in holidays
            if workday:
                w = (14.0 if 9 <= hour < 12 else 10.0 if 8 <= hour < 17 else
                     4.0 if hour in (7, 17) else 1.5 if 18 <= hour < 22 else 0.4)
            else:
                w = 1.0 if 9 <= hour < 18 else 0.3
            w *= (1.0 + 2.0 * (t - self.window_start) / span) * length / 3600
            starts.append(t)
            weights.append(w)
            cum.append(cum[-1] + w)
            t += length
        self.slot_start, self.slot_weight, self.slot_cum = starts, weights, cum

    def batches(self, size: int) -> Iterator[Batch]:
        while self.done < self.total:
            n = min(size, self.total - self.done)
            yield self._batch(n)

    def _batch(self, n: int) -> Batch:  # noqa: C901 - one hot loop, kept flat for speed
        ref, rng, ids = self.ref, self.rng, self.id_rng
        rnd, getbits = rng.random, ids.getrandbits
        resp_xs, work_xs, res_xs, pend_ss = self.resp_x, self.work_x, self.res_x, self.pend_s
        fmt, now, prio = self.fmt, self.now, self.prio
        total, slot_cum, slot_start, slot_weight = (self.total, self.slot_cum, self.slot_start,
                                                    self.slot_weight)
        w_total = slot_cum[-1]
        last_slot = len(slot_start) - 1
        people = ref.people
        n_people = len(people)
        services, service_pick = self.services, self.service_pick
        n_service_pick = len(service_pick)
        impact_pick, urgency_pick = self.impact_pick, self.urgency_pick
        channel_pick, code_pick = self.channel_pick, self.code_pick
        titles, cis, members = self.titles, ref.cis, ref.members
        teams, team_dashed = ref.teams, ref.team_dashed
        desk_agents = members["Service Desk"]
        if self.open_plan is None:
            self.open_plan = self._plan_open()
        plan, n_open = self.open_plan, self.n_open
        n_closed = total - n_open
        live_cis = ref.live_cis
        default_sla, sla_targets = ref.default_sla, ref.sla_targets
        pending_pauses = {sla: "pending" in pauses for sla, pauses in ref.sla_pause.items()}
        clocks = self.clocks
        b_nows = {sla: clock.to_b(now) for sla, clock in clocks.items()}

        batch = Batch([], [], [], 0)
        incidents, comments = batch.items, batch.comments
        incident_details = batch.incident_details
        ev = batch.events.append
        tasks, tasks_total = self.tasks, self.tasks_total
        tasks_before = tasks.number
        facts: list[ItemFacts] | None = [] if self.steps else None

        seqs = SEQ
        for _ in range(n):
            i = self.done
            self.done += 1
            self.number += 1
            number = format_number(KIND, self.number)
            # -- when: resolved items stratified along the cumulative demand curve, open ones
            # from the plan, merged so numbers follow time
            if self.next_closed is None and self.closed_done < n_closed:
                w = (self.closed_done + rnd()) / n_closed * w_total
                s = self.slot
                while s < last_slot and slot_cum[s + 1] <= w:
                    s += 1
                self.slot = s
                opened = slot_start[s] + int(min(0.999, (w - slot_cum[s]) / slot_weight[s])
                                             * 3600)
                self.next_closed = min(opened, self.window_end - 1)
            k = self.open_done
            planned = plan[k] if k < n_open else None
            if planned is not None and (self.next_closed is None
                                        or planned[0] < self.next_closed):
                self.open_done += 1
                opened = planned[0]
            else:
                planned = None
                self.closed_done += 1
                opened = self.next_closed or 0
                self.next_closed = None
            # UUIDv7 layout keyed by the opening time, so every primary key is appended to:
            # 48-bit ms | version 7 | 12-bit row sequence | variant | 62 random bits per ticket
            head = f"{opened * 1000:012x}7"
            tail = f"{0x8000000000000000 | getbits(62):016x}"
            inc_id = head + "000" + tail

            # -- what
            if planned is None:
                svc_hex, spec, svc_sla = services[service_pick[int(rnd() * n_service_pick)]]
                impact = impact_pick[int(rnd() * 100)]
                urgency = urgency_pick[int(rnd() * 100)]
                final = "done"
            else:
                svc_hex, spec, svc_sla = services[planned[1]]
                impact, urgency, final = planned[2], planned[3], planned[4]
            # mostly the service's own category; the rest is what the desk could not place
            category = spec.category if rnd() < 0.85 else "Other"
            # nobody works on a retired CI (closed items may name one retired since)
            svc_cis = (cis if planned is None else live_cis).get(svc_hex)
            ci = svc_cis[int(rnd() * len(svc_cis))] if svc_cis and rnd() < 0.65 else None
            caller = people[int(n_people * rnd() ** 1.6)]
            priority = prio[impact][urgency]
            channel = channel_pick[int(rnd() * len(channel_pick))]
            options = titles[category]
            title = options[int(rnd() * len(options))]
            description = (DESC_OPENERS[int(rnd() * 5)] + sentence_case(title) + ". "
                           + DESC_TAILS[int(rnd() * 8)])
            is_major = priority == 1 and rnd() < 0.1

            # -- where it ends up
            to_desk = category == "Other" or rnd() < 0.25
            team_name = "Service Desk" if to_desk else CATEGORY_TEAM[category]
            team_members = members[team_name]
            assignee = team_members[int(rnd() * len(team_members))]
            creator = desk_agents[int(rnd() * len(desk_agents))]
            creator_hex = None if channel == "monitoring" else creator[0]
            dispatcher = desk_agents[int(rnd() * len(desk_agents))][0]
            fcr = final == "done" and to_desk and rnd() < 0.6
            has_pending = final == "pending" or rnd() < 0.25
            resp_x = resp_xs[int(rnd() * 4096)]
            work_x = work_xs[int(rnd() * 4096)]
            res_x = res_xs[int(rnd() * 4096)]
            split = 0.2 + 0.6 * rnd()
            pend_wall = int(pend_ss[int(rnd() * 4096)])
            close_after = 3 * 86400 + int(rnd() * 86400)
            fcr_gap = 60 + int(rnd() * 240)
            fcr_work = 300 + int(rnd() * 1500)
            team_preset = final == "new" and rnd() < 0.5  # logged to a team, not yet taken
            code = code_pick[int(rnd() * 100)] if final == "done" else None
            notes_opts = RESOLUTION_NOTES[code] if code else ()
            notes = notes_opts[int(rnd() * len(notes_opts))] if code else None
            n_comments = 0 if final == "new" or rnd() >= 1 / 3 else 1 + (rnd() < 0.4)
            comment_draws = [(rnd(), rnd() < 0.5, int(rnd() * 6)) for _ in range(n_comments)]

            # -- the SLA the engine would use, and its calendar
            sla = svc_sla if svc_sla in sla_targets else default_sla
            targets = sla_targets.get(sla) if sla else None
            target = targets.get(priority) if targets else None
            clock = clocks[sla] if sla and target else clocks[WALL]
            resp_t, res_t = target if target else (60, 1440)
            to_b, from_b = clock.to_b, clock.from_b
            b_open = to_b(opened)

            # -- the timeline (epoch seconds, strictly increasing)
            steps: list[tuple[str, int]] = []  # (status, time) after creation
            t_resolve = t_close = None
            if final != "new":
                if fcr:
                    t_assign = opened + fcr_gap
                    steps.append(("assigned", t_assign))
                    steps.append(("resolved", t_assign + fcr_work))
                else:
                    t_assign = max(opened + 60, int(from_b(b_open + resp_t * resp_x)))
                    steps.append(("assigned", t_assign))
                    if final != "assigned":
                        b_assign = to_b(t_assign)
                        t_work = max(t_assign + 60, int(from_b(b_assign + res_t * work_x)))
                        steps.append(("in_progress", t_work))
                        b_work = to_b(t_work)
                        b_done = max(b_open + res_t * res_x, b_work + 5)
                        if has_pending:
                            t_p1 = max(t_work + 60, int(from_b(b_work + (b_done - b_work)
                                                                * split)))
                            steps.append(("pending", t_p1))
                            if final != "pending":
                                t_p2 = t_p1 + pend_wall
                                steps.append(("in_progress", t_p2))
                                if final == "done":
                                    paused = to_b(t_p2) - to_b(t_p1)
                                    steps.append(("resolved", max(t_p2 + 60, int(from_b(
                                        b_done + paused)))))
                        elif final == "done":
                            steps.append(("resolved", int(from_b(b_done))))
                if steps[-1][1] >= now - 1:  # squeeze into the time that has passed
                    m = len(steps)
                    span = now - 1 - opened
                    steps = [(st, opened + span * (k + 1) // (m + 1))
                             for k, (st, _) in enumerate(steps)]
                if final == "done":
                    t_resolve = steps[-1][1]
                    if t_resolve + close_after < now:
                        t_close = t_resolve + close_after
                        steps.append(("closed", t_close))
            status = steps[-1][0] if steps else "new"

            # -- rows: the incident's history first
            o_txt = fmt(opened)
            ev((head + "001" + tail, KIND, inc_id, creator_hex, o_txt, "created", None, number))
            ev((head + "002" + tail, KIND, inc_id, creator_hex, o_txt, "status", None, "new"))
            seq = 2
            team_id = assignee_id = None
            if team_preset:
                team_id = teams[team_name]
            version = 1
            prev = "new"
            responded = None
            pend_start = None
            paused_b = 0.0
            reason: str | None = None
            until: int | None = None
            for st, t in steps:
                t_txt = fmt(t)
                if st == "assigned":
                    team_id, assignee_id = teams[team_name], assignee[0]
                    responded = t
                    if fcr:
                        actor = creator_hex
                    else:
                        version += 1
                        actor = dispatcher
                        ev((head + seqs[seq + 1] + tail, KIND, inc_id, actor, t_txt, "team_id",
                            None, team_dashed[team_name]))
                        ev((head + seqs[seq + 2] + tail, KIND, inc_id, actor, t_txt,
                            "assignee_id", None, assignee[1]))
                        seq += 2
                else:
                    version += 1
                    actor = None if st == "closed" else assignee[0]
                    if st == "pending":
                        pend_start = t
                        if st == final:  # still waiting: why, and until when
                            reason, until = pending_reason(inc_id, now)
                            seq += 1
                            ev((head + seqs[seq] + tail, KIND, inc_id, actor, t_txt,
                                "pending_reason", None, reason))
                            if until is not None:
                                seq += 1
                                ev((head + seqs[seq] + tail, KIND, inc_id, actor, t_txt,
                                    "pending_until", None, until_text(until)))
                    elif pend_start is not None:
                        paused_b += to_b(t) - to_b(pend_start)
                        pend_start = None
                seq += 1
                ev((head + seqs[seq] + tail, KIND, inc_id, actor, t_txt, "status", prev, st))
                prev = st
            updated = steps[-1][1] if steps else opened

            # comments and work notes, between the first response and resolution (or now)
            if comment_draws and responded is not None:
                lo = responded
                hi = t_resolve if t_resolve is not None else now - 1
                for pos, note, pick in comment_draws:
                    t = lo + 1 + int(max(0, hi - lo - 2) * pos)
                    body = WORK_NOTES[pick] if note else PUBLIC_COMMENTS[pick % 5]
                    c_txt = fmt(t)
                    seq += 1
                    comments.append((head + seqs[seq] + tail, inc_id, assignee[0], body, note,
                                     c_txt))
                    seq += 1
                    ev((head + seqs[seq] + tail, KIND, inc_id, assignee[0], c_txt,
                        "work_note" if note else "comment", None, body))

            # -- SLA columns
            if target is None:
                sla_cols: tuple[Any, ...] = (None, None, None, None, None, False, False, None,
                                           None)
            else:
                b_now = b_nows[sla or WALL]
                if responded is not None:
                    r_el = to_b(responded) - b_open
                    r_br = r_el >= resp_t
                    r_state = "breached" if r_br else "met"
                    r_due = None
                else:
                    r_el = b_now - b_open
                    r_br = r_el >= resp_t
                    r_state = ("breached" if r_br else "warning" if r_el >= 0.75 * resp_t
                               else "ok")
                    r_due = fmt(int(from_b(b_open + resp_t)))
                pauses = pending_pauses.get(sla or "", False)
                if not pauses:
                    paused_b = 0.0
                elif pend_start is not None:
                    paused_b += b_now - to_b(pend_start)
                end_b = to_b(t_resolve) if t_resolve is not None else b_now
                s_el = max(0.0, end_b - b_open - paused_b)
                s_br = s_el >= res_t
                if t_resolve is not None:
                    s_state = "breached" if s_br else "met"
                    s_due = None
                else:
                    s_state = ("breached" if s_br else "paused" if pauses and status == "pending"
                               else "warning" if s_el >= 0.75 * res_t else "ok")
                    s_due = fmt(int(from_b(b_open + res_t + paused_b)))
                if "breached" in (r_state, s_state):
                    state = "breached"
                elif "warning" in (r_state, s_state):
                    state = "warning"
                elif "paused" in (r_state, s_state):
                    state = "paused"
                else:
                    state = "met" if s_state == "met" else "ok"
                # when the state changes by itself (the SLA sweep's work list): the next 75 %
                # or 100 % mark of a clock still running
                marks = []
                if responded is None and not r_br:
                    marks.append(b_open + (resp_t if r_state == "warning" else 0.75 * resp_t))
                if t_resolve is None and not s_br and s_state != "paused":
                    marks.append(b_open + paused_b
                                 + (res_t if s_state == "warning" else 0.75 * res_t))
                check = fmt(int(from_b(min(marks)))) if marks else None
                sla_cols = (sla, r_due, s_due, round(r_el, 2), round(s_el, 2), r_br, s_br, state,
                            check)

            incidents.append((
                inc_id, version, o_txt, fmt(updated), number, title, description, caller,
                svc_hex, ci, category, channel, impact, urgency, priority, status, team_id,
                assignee_id, code if t_resolve is not None else None,
                notes if t_resolve is not None else None, o_txt,
                fmt(responded) if responded is not None else None,
                fmt(t_resolve) if t_resolve is not None else None,
                fmt(t_close) if t_close is not None else None, 0, *sla_cols, "incident",
                CATEGORY_OF[status], None, None, reason,
                fmt(until) if until is not None else None))
            incident_details.append((inc_id, is_major))
            if facts is not None:
                facts.append(ItemFacts(
                    inc_id, KIND, "incident", number, status, priority, opened, responded,
                    t_resolve, assignee if assignee_id is not None else None,
                    team_name if team_id is not None else None, svc_hex, caller, title,
                    category, is_major))

            # -- its tasks, spread evenly so the run ends with exactly tasks_total of them
            n_tasks = (i + 1) * tasks_total // total - i * tasks_total // total
            if n_tasks:
                tasks.add(batch, n_tasks, inc_id=inc_id, number=number, opened=opened,
                          hi=t_resolve if t_resolve is not None else now - 1, status=status,
                          requester=assignee[0] if assignee_id is not None else creator[0],
                          svc_hex=svc_hex, ci=ci, category=category, channel=channel,
                          impact=impact, urgency=urgency, priority=priority, sla=sla,
                          target=target, res_t=res_t, to_b=to_b, from_b=from_b,
                          b_now=b_nows[sla or WALL],
                          pauses=pending_pauses.get(sla or "", False), facts=facts)
        if facts is not None:
            for step, step_random in zip(self.steps, self.step_rngs, strict=True):
                for name, rows in step.rows(self.context, facts, step_random).items():
                    if name == EVENTS_TABLE:
                        batch.events.extend(rows)
                    else:
                        batch.extra.setdefault(name, []).extend(rows)
        batch.last_number = self.number
        batch.last_task_number = tasks.number
        batch.tasks = tasks.number - tasks_before
        return batch
